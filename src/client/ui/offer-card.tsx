import type { ComponentChildren } from 'preact';
import '../pwa/register-pwa-messages';
import { t } from '../i18n/t';
import { Button } from './button';

/**
 * An offer in the page's flow (not over it): a sentence saying why, an optional yes button and a
 * button to close it, each 48 px high.
 */
export function OfferCard({
  label,
  children,
  actionLabel,
  onAction,
  onDismiss,
}: {
  /** The region's name, read out by screen readers. */
  label: string;
  children: ComponentChildren;
  /** The yes button; an offer that only explains has none. */
  actionLabel?: string;
  onAction?: () => void;
  onDismiss: () => void;
}) {
  return (
    <section class="banner banner-info offer-card" aria-label={label}>
      {children}
      <div class="offer-card-actions">
        {actionLabel && onAction && <Button onClick={onAction}>{actionLabel}</Button>}
        <Button kind="secondary" onClick={onDismiss}>
          {t(actionLabel ? 'pwa.notNow' : 'pwa.gotIt')}
        </Button>
      </div>
    </section>
  );
}
