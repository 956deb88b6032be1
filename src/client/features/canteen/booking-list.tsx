import type { Meal, ServiceMode } from '../../../shared/canteen/canteen';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
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
  price: string;
  syncState: SyncState;
  /** Whether the cut-off has not passed yet. */
  canCancel: boolean;
}

/** The user's bookings, soonest first, each with its state and a cancel button before the cut-off. */
export function BookingList({ rows, onCancel }: { rows: BookingRowView[]; onCancel: (id: string) => void }) {
  if (rows.length === 0) return <p class="empty">{t('bookings.empty')}</p>;
  return (
    <ul class="booking-list">
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
          </dl>
          <StatusBadge state={row.syncState} />
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
