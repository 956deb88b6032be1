import './booking-messages';
import type { Meal, ServiceMode } from '../../../shared/canteen/canteen';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { ReadAloudButton } from '../../ui/read-aloud-button';
import { StatusBadge, type SyncState } from '../../ui/status-badge';
import { dayLabel } from './date-label';
import { bookingPath } from './booking-paths';

/** One booking as the list shows it: plain values, already decided. */
export interface BookingRowView {
  id: string;
  date: string;
  meal: Meal;
  canteenName: string;
  dinerName: string;
  mode: ServiceMode;
  /** The estimate or fixed price, or once served the charged price ("实收 ¥12.60（420 克）"). */
  price: string;
  /** The 取餐码 the counter finds the booking by. */
  ticketCode: string;
  /** "已取餐 12:05" once the counter served it, else null. */
  served: string | null;
  /** Made by a standing order (长期订餐). */
  standing: boolean;
  syncState: SyncState;
  /** Whether the cut-off has not passed yet. */
  canCancel: boolean;
  /** Why the last cancel tap on this phone was refused, in words, shown on the booking itself. */
  error?: string | null;
}

/** A booking the server refused, shown in the list until the user has read it. */
export interface RefusedRowView {
  id: string;
  date: string | null;
  meal: Meal | null;
  canteenName: string;
  dinerName: string;
  reason: string;
}

/**
 * The user's bookings, soonest first, each with its state and a cancel button before the cut-off;
 * refused bookings first, so nobody reads on believing a meal is booked that is not.
 */
export function BookingList({ rows, refused = [], onCancel, onDismissRefused }: {
  rows: BookingRowView[];
  refused?: RefusedRowView[];
  onCancel: (id: string) => void;
  onDismissRefused?: (id: string) => void;
}) {
  if (rows.length === 0 && refused.length === 0) return <p class="empty">{t('bookings.empty')}</p>;
  return (
    <ul class="booking-list">
      {refused.map((row) => (
        <li key={row.id} class="booking-row is-refused">
          <h2>
            {row.date && dayLabel(row.date)} {row.meal && t(`meal.${row.meal}`)}
          </h2>
          <p class="refusal">
            <strong>{t('menu.refused', { name: row.dinerName })}</strong>
            {row.reason}
          </p>
          {row.canteenName && <p>{row.canteenName}</p>}
          <ReadAloudButton text={`${t('menu.refused', { name: row.dinerName })}${row.reason}`} />
          <Button kind="secondary" onClick={() => onDismissRefused?.(row.id)} aria-label={t('menu.refusedRead', { name: row.dinerName })}>
            {t('menu.refusedOk')}
          </Button>
        </li>
      ))}
      {rows.map((row) => (
        <li key={row.id} class="booking-row">
          <h2>
            <a href={bookingPath(row.id)}>{dayLabel(row.date)} {t(`meal.${row.meal}`)}</a>
          </h2>
          <dl>
            <dt>{t('bookings.canteen')}</dt>
            <dd>{row.canteenName}</dd>
            <dt>{t('bookings.diner')}</dt>
            <dd>{row.dinerName}</dd>
            <dt>{t('bookings.mode')}</dt>
            <dd>{t(`mode.${row.mode}`)}</dd>
            <dt>{t('bookings.price')}</dt>
            <dd>{row.price}</dd>
            <dt>{t('bookings.ticket')}</dt>
            <dd class="ticket-code">{row.ticketCode}</dd>
          </dl>
          {row.standing && <p class="hint">{t('bookings.standing')}</p>}
          {row.served ? <p class="served-line">{row.served}</p> : <StatusBadge state={row.syncState} />}
          {row.error && (
            <p class="form-error" role="alert">
              {row.error}
            </p>
          )}
          {row.canCancel && (
            <Button kind="secondary" onClick={() => onCancel(row.id)}>
              {t('menu.cancel')}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
