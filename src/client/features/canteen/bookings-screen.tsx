import type { SessionInfo } from '../../../shared/auth';
import { MEALS } from '../../../shared/canteen/canteen';
import { isPastCutoff } from '../../../shared/canteen/meal-slot';
import type { AppDb } from '../../data/db';
import { useLiveQuery } from '../../data/use-live-query';
import { listMyBookings } from './canteen-queries';
import { t } from '../../i18n/t';
import { appStore } from '../../state/app-store';
import { Page } from '../../ui/page';
import { cancelBooking } from './booking-actions';
import { BookingList, type BookingRowView } from './booking-list';
import { tierPriceLabel } from './price-label';
import { useNow } from '../../ui/use-now';

/** 我的预订 (loaded on demand): every live booking of the user and their household. */
export function BookingsScreen({ db, session }: { db: AppDb; session: SessionInfo }) {
  const now = useNow();
  const bookings = useLiveQuery(() => listMyBookings(db, session), [db, session], []);

  const rows: BookingRowView[] = bookings
    .filter((b) => b.status === 'confirmed')
    .map((b) => ({
      id: b.id,
      date: b.slot.date,
      meal: b.slot.meal,
      canteenName: b.canteen.name,
      dinerName: b.diner?.name ?? (b.dinerId === session.user.id ? session.user.name : ''),
      mode: b.mode,
      price: tierPriceLabel(b.priceTier, b.priceFen, b.canteen.pricing),
      syncState: b.syncState,
      canCancel: !isPastCutoff(b.slot, now),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || MEALS.indexOf(a.meal) - MEALS.indexOf(b.meal));

  const onCancel = async (id: string) => {
    const error = await cancelBooking(db, session, id);
    appStore.getState().showToast(error ? { text: error, tone: 'error' } : { text: t('bookings.cancelled'), tone: 'info' });
  };

  return (
    <Page title={t('bookings.title')}>
      <BookingList rows={rows} onCancel={onCancel} />
    </Page>
  );
}
