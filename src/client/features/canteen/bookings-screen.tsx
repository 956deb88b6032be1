import type { SessionInfo } from '../../../shared/auth';
import { MEALS } from '../../../shared/canteen';
import { isPastCutoff } from '../../../shared/meal-slot';
import type { AppDb } from '../../data/db';
import { useLiveQuery } from '../../data/use-live-query';
import { listHouseholdMembers, listMyBookings } from '../../data/canteen-queries';
import { t } from '../../i18n/t';
import { appStore } from '../../state/app-store';
import { Page } from '../../ui/page';
import { cancelBooking } from './booking-actions';
import { dismissRejection } from '../../data/sync-queries';
import { useConfirm } from '../../ui/confirm-dialog';
import { BookingList, type BookingRowView, type RefusedRowView } from './booking-list';
import { dayLabel } from './date-label';
import { listRefusedBookings } from './refused-bookings';
import { tierPriceLabel } from './price-label';
import { useNow } from './use-now';

/** 我的预订 (loaded on demand): every live booking of the user and their household. */
export function BookingsScreen({ db, session }: { db: AppDb; session: SessionInfo }) {
  const now = useNow();
  const bookings = useLiveQuery(() => listMyBookings(db, session), [db, session], []);
  const refusedBookings = useLiveQuery(() => listRefusedBookings(db), [db], []);
  const household = useLiveQuery(() => listHouseholdMembers(db, session), [db, session], []);
  const confirm = useConfirm();
  const nameOf = (id: string) => household.find((m) => m.id === id)?.name ?? (id === session.user.id ? session.user.name : '');
  const refused: RefusedRowView[] = refusedBookings.map((r) => ({
    id: r.id, date: r.date, meal: r.meal, canteenName: r.canteenName, dinerName: nameOf(r.dinerId), reason: r.reason,
  }));

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
    const row = rows.find((r) => r.id === id);
    const asked = row && await confirm.ask({
      title: t('menu.cancelTitle'),
      message: t('menu.cancelMessage', { date: dayLabel(row.date), meal: t(`meal.${row.meal}`), name: row.dinerName }),
      confirmLabel: t('menu.cancel'),
      keepLabel: t('menu.cancelKeep'),
    });
    if (!asked) return;
    // the list shows the booking gone; a refusal from the server would come back here in its place
    const error = await cancelBooking(db, session, id);
    if (error) appStore.getState().showToast({ text: error, tone: 'error' });
  };

  return (
    <Page title={t('bookings.title')}>
      <BookingList rows={rows} refused={refused} onCancel={onCancel} onDismissRefused={(id) => void dismissRejection(db, id)} />
      {confirm.dialog}
    </Page>
  );
}
