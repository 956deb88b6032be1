import type { ComponentChildren } from 'preact';
import { t } from '../i18n/t';
import { useAppStore } from '../state/use-store';

/**
 * A screen's secondary actions (export, add to calendar, staff tools, cancel). In elder mode they
 * wait behind one 更多操作, so the screen's main action is the one large button in sight; in
 * normal mode they stand in a row.
 */
export function MoreActions({ children }: { children: ComponentChildren }) {
  const elderMode = useAppStore((s) => s.display.elderMode);
  const row = <div class="panel-actions">{children}</div>;
  if (!elderMode) return row;
  return (
    <details class="more-actions">
      <summary>{t('display.moreActions')}</summary>
      {row}
    </details>
  );
}
