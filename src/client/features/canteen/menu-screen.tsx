import { useState } from 'preact/hooks';
import type { SessionInfo } from '../../../shared/auth';
import type { Member } from '../../../shared/member';
import { addDays, shanghaiDate, weekDates, weekStart } from '../../../shared/time';
import type { AppDb } from '../../data/db';
import { useLiveQuery } from '../../data/use-live-query';
import { listCanteens, listDishesForCanteen, listMyBookings, listSlotsForWeek } from './canteen-queries';
import { listHouseholdMembers } from '../../data/member-queries';
import { t } from '../../i18n/t';
import { appStore } from '../../state/app-store';
import { useStore } from '../../state/use-store';
import { menuChoices } from './menu-choices';
import { Page } from '../../ui/page';
import { bookMeal, cancelBooking } from './booking-actions';
import { BookingPanel } from './booking-panel';
import { CanteenPicker } from './canteen-picker';
import type { SlotBookingView } from './meal-card';
import { useNow } from '../../ui/use-now';
import { WeekMenu, type DayView } from './week-menu';
import { WeekSwitch } from './week-switch';

/** The first screen: this or next week's menu of one canteen, with booking on each meal. */
export function MenuScreen({ db, session }: { db: AppDb; session: SessionInfo }) {
  const now = useNow();
  const selectedCanteenId = useStore(menuChoices, (s) => s.selectedCanteenId);
  const weekOffset = useStore(menuChoices, (s) => s.weekOffset);
  const { selectCanteen, setWeekOffset } = menuChoices.getState();
  const { showToast } = appStore.getState();
  const [openSlotId, setOpenSlotId] = useState<string | null>(null);
  const [panelError, setPanelError] = useState<string | null>(null);

  const canteens = useLiveQuery(() => listCanteens(db, session.communityIds), [db, session], []);
  const canteen = canteens.find((c) => c.id === selectedCanteenId) ?? canteens[0] ?? null;
  const canteenId = canteen?.id ?? '';
  const today = shanghaiDate(now);
  const monday = addDays(weekStart(today), 7 * weekOffset);
  const slots = useLiveQuery(() => (canteenId ? listSlotsForWeek(db, canteenId, monday) : []), [db, canteenId, monday], []);
  const dishes = useLiveQuery(() => (canteenId ? listDishesForCanteen(db, canteenId) : []), [db, canteenId], []);
  const bookings = useLiveQuery(() => listMyBookings(db, session), [db, session], []);
  const household = useLiveQuery(() => listHouseholdMembers(db, session), [db, session], []);

  if (!canteen) return <Page title={t('menu.title')}><p class="empty">{t('menu.noCanteen')}</p></Page>;

  const self: Member = session.user;
  // the household query lists me first; until it answers, I am the only diner
  const diners: Member[] = household.length > 0 ? household : [self];
  const nameOf = (id: string) => diners.find((d) => d.id === id)?.name ?? '';
  const dishById = new Map(dishes.map((d) => [d.id, d]));

  const days: DayView[] = weekDates(monday).map((date) => ({
    date,
    isToday: date === today,
    meals: slots
      .filter((slot) => slot.date === date)
      .map((slot) => {
        const slotBookings = bookings.filter((b) => b.slotId === slot.id && b.status === 'confirmed');
        const views: SlotBookingView[] = slotBookings.map((b) => ({ id: b.id, dinerName: nameOf(b.dinerId), syncState: b.syncState }));
        return {
          slot,
          canteen,
          dishes: slot.dishIds.flatMap((id) => dishById.get(id) ?? []),
          viewer: self,
          bookings: views,
          canBookMore: diners.some((d) => !slotBookings.some((b) => b.dinerId === d.id)),
          now,
          onBook: () => {
            setPanelError(null);
            setOpenSlotId(slot.id);
          },
          onCancel: async (bookingId: string) => {
            const error = await cancelBooking(db, session, bookingId);
            showToast(error ? { text: error, tone: 'error' } : { text: t('bookings.cancelled'), tone: 'info' });
          },
        };
      }),
  }));

  const panelFor = (slotId: string) => {
    const slot = openSlotId === slotId ? slots.find((s) => s.id === slotId) : undefined;
    if (!slot) return null;
    const booked = new Set(bookings.filter((b) => b.slotId === slotId && b.status === 'confirmed').map((b) => b.dinerId));
    return (
      <BookingPanel
        slot={slot}
        canteen={canteen}
        diners={diners.filter((d) => !booked.has(d.id))}
        selfId={self.id}
        error={panelError}
        onClose={() => setOpenSlotId(null)}
        onConfirm={async (choice) => {
          const error = await bookMeal(db, session, { slotId, ...choice });
          setPanelError(error);
          if (error) return;
          setOpenSlotId(null);
          showToast({ text: t('bookings.booked', { name: nameOf(choice.dinerId) }), tone: 'info' });
        }}
      />
    );
  };

  return (
    <Page title={t('menu.title')}>
      <div class="menu-controls">
        <CanteenPicker canteens={canteens} selectedId={canteen.id} onSelect={selectCanteen} />
        <WeekSwitch offset={weekOffset} onChange={setWeekOffset} />
      </div>
      <p class="canteen-name">{canteen.name}</p>
      <WeekMenu days={days} panelFor={panelFor} />
    </Page>
  );
}
