import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import type { Toast } from '../state/ui-slice';

/** How long a toast stays, counted again each time a mouse or the keyboard leaves it. */
export const TOAST_MS = 6_000;

/** One toast: closes by itself unless hovered or focused, or at once on its 关闭 button. */
function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused;
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => onDismiss(toast.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [held, toast.id]);
  return (
    <li class={`toast toast-${toast.tone}`} onMouseEnter={() => setHovered(true)} onMouseLeave={() => setHovered(false)}
      onFocusIn={() => setFocused(true)} onFocusOut={() => setFocused(false)}>
      {/* the live role sits inside the item: on the <li> it would hide the item from the list */}
      <span role={toast.tone === 'error' ? 'alert' : 'status'}>{toast.text}</span>
      <button type="button" class="toast-close" aria-label={t('toast.close')} onClick={() => onDismiss(toast.id)}>
        <span aria-hidden="true">×</span> {t('toast.closeShort')}
      </button>
    </li>
  );
}

/** Props of ToastList: the toasts to show and how to close one. */
export interface ToastListProps {
  toasts: Toast[];
  onDismiss: (id: number) => void;
}

/**
 * Short messages after an action, at the end of the page just above the bottom bar (see
 * styles.css); errors are read out at once, others politely. Nothing that matters is said only
 * here: the screen shows it at the thing itself.
 */
export function ToastList({ toasts, onDismiss }: ToastListProps) {
  if (toasts.length === 0) return null;
  return (
    <ul class="toasts">
      {toasts.map((toast) => <ToastItem key={toast.id} toast={toast} onDismiss={onDismiss} />)}
    </ul>
  );
}
