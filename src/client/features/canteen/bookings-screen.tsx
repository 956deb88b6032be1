import './booking-messages';
import { useState } from 'preact/hooks';
import { MEALS } from '../../../shared/canteen/canteen';
import { isPastCutoff } from '../../../shared/canteen/meal-slot';
import type { ScreenProps } from '../../service';
import { useLiveQuery } from '../../data/use-live-query';
import { listHouseholdMembers } from '../../data/member-queries';
import { listMyBookings } from './canteen-queries';
import { t } from '../../i18n/t';
import { Page } from '../../ui/page';
import { cancelBooking, cancelBookingQuestion } from './booking-actions';
import { dismissRejection } from '../../data/sync-queries';
import { useConfirm } from '../../ui/confirm-dialog';
import { BookingList, type BookingRowView, type RefusedRowView } from './booking-list';
import { BOOKINGS_PATH } from './booking-paths';
import { listRefusedBookings } from './refused-bookings';
import { tierPriceLabel } from './price-label';
import { useNow } from '../../ui/use-now';
import { mealTicketCode } from '../../../shared/canteen/meal-ticket';
import { isStandingBooking } from '../../../shared/canteen/standing-order';
import type { MealServing } from '../../../shared/canteen/meal-serving';
import { formatMoney, formatTime } from '../../i18n/format';
import { CanteenLinks } from './canteen-links';

/**
 * 我的预订 (loaded on demand): every live booking of the user and their household; at
 * /bookings/:id one booking on its own page, to link or reopen after a reload.
 */
export function BookingsScreen({ db, session, params }: ScreenProps) {
  const now = useNow();
  // null until this phone's copy has been read, so a booking is never called missing while loading
  const bookings = useLiveQuery(() => listMyBookings(db, session), [db, session], null);
  const only = params?.id;
  const refusedBookings = useLiveQuery(() => listRefusedBookings(db), [db], []);
  const household = useLiveQuery(() => listHouseholdMembers(db, session), [db, session], []);
  const servings = useLiveQuery(async () => new Map((await db.mealServing.toArray()).map((s) => [s.bookingId, s])), [db], new Map<string, MealServing>());
  const confirm = useConfirm();
  const [cancelError, setCancelError] = useState<{ id: string; text: string } | null>(null);
  const nameOf = (id: string) => household.find((m) => m.id === id)?.name ?? (id === session.user.id ? session.user.name : '');
  // on a single booking's page, refusals belong to the list, not to it
  const refused: RefusedRowView[] = only !== undefined ? [] : refusedBookings.map((r) => ({
    id: r.id, date: r.date, meal: r.meal, canteenName: r.canteenName, dinerName: nameOf(r.dinerId), reason: r.reason,
  }));

  const rows: BookingRowView[] = (bookings ?? [])
    .filter((b) => only === undefined || b.id === only)
    .filter((b) => b.status === 'confirmed')
    .map((b) => {
      const served = servings.get(b.id);
      const price = served
        ? served.grams === null
          ? t('bookings.charged', { price: formatMoney(served.chargedFen) })
          : t('bookings.chargedWeighed', { price: formatMoney(served.chargedFen), grams: served.grams })
        : tierPriceLabel(b.priceTier, b.priceFen, b.canteen);
      return {
      id: b.id,
      date: b.slot.date,
      meal: b.slot.meal,
      canteenName: b.canteen.name,
      dinerName: b.diner?.name ?? (b.dinerId === session.user.id ? session.user.name : ''),
      mode: b.mode,
      price,
      ticketCode: mealTicketCode(b.id),
      served: served ? t('bookings.servedAt', { time: formatTime(served.servedAt) }) : null,
      standing: isStandingBooking(b.id),
      syncState: b.syncState,
      canCancel: !served && !isPastCutoff(b.slot, now),
      error: cancelError?.id === b.id ? cancelError.text : null,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || MEALS.indexOf(a.meal) - MEALS.indexOf(b.meal));

  const onCancel = async (id: string) => {
    const row = rows.find((r) => r.id === id);
    const asked = row && await confirm.ask(cancelBookingQuestion(row.date, row.meal, row.dinerName));
    if (!asked) return;
    // the list shows the booking gone, or says on the booking why it could not be; a refusal from
    // the server would come back here in its place
    const error = await cancelBooking(db, session, id);
    setCancelError(error ? { id, text: error } : null);
  };

  return (
    <Page title={t('bookings.title')}>
      {only !== undefined && <p><a href={BOOKINGS_PATH}>{t('bookings.back')}</a></p>}
      {only !== undefined && bookings !== null && rows.length === 0
        ? <p class="empty">{t('bookings.notFound')}</p>
        : bookings !== null && (
          <BookingList rows={rows} refused={refused} onCancel={onCancel} onDismissRefused={(id) => void dismissRejection(db, id)} />
        )}
      {only === undefined && <CanteenLinks role={session.user.role} />}
      {confirm.dialog}
    </Page>
  );
}
