import { useEffect, useState } from 'preact/hooks';
import type { SessionInfo } from '../../../shared/auth';
import type { Member } from '../../../shared/member';
import { shanghaiDate, weekDates } from '../../../shared/time';
import type { AppDb } from '../../data/db';
import { useLiveQuery } from '../../data/use-live-query';
import { readMenu } from './menu-data';
import { t } from '../../i18n/t';
import { useAppStore, useStore } from '../../state/use-store';
import { NotDownloaded } from '../../ui/not-downloaded';
import { menuChoices } from './menu-choices';
import { Page } from '../../ui/page';
import { dismissRejection } from '../../data/sync-queries';
import { useConfirm } from '../../ui/confirm-dialog';
import { bookMeal, cancelBooking, cancelBookingQuestion } from './booking-actions';
import type { BookingPanelProps } from './booking-panel';
import { lazyComponent } from '../../ui/lazy-component';
import { CanteenPicker } from './canteen-picker';
import type { SlotBookingView } from './meal-card';
import { useNow } from '../../ui/use-now';
import { WeekMenu, type DayView } from './week-menu';
import { WeekSwitch } from './week-switch';
import { isStaffRole } from '../../../shared/role';
import { CanteenLinks } from './canteen-links';
import { runsCanteen } from '../../../shared/canteen/canteen-staff';
import { actorOf } from '../../session/actor';
import { MENU_EDITOR_PATH } from './editor-path';

/** The booking panel loads on the first tap of 预订: most looks at the menu book nothing. */
const BookingPanel = lazyComponent<BookingPanelProps>(
  () => import('./booking-panel').then((m) => m.BookingPanel),
  (failed) => (failed ? <p role="alert">{t('error.network')}</p> : <p role="status">{t('app.loading')}</p>),
);

/** The first screen: this or next week's menu of one canteen, with booking on each meal. */
export function MenuScreen({ db, session }: { db: AppDb; session: SessionInfo }) {
  const now = useNow();
  const canteenId = useStore(menuChoices, (s) => s.selectedCanteenId);
  const weekOffset = useStore(menuChoices, (s) => s.weekOffset);
  const { selectCanteen, setWeekOffset } = menuChoices.getState();
  const sync = useAppStore((s) => s.sync);
  const [openSlotId, setOpenSlotId] = useState<string | null>(null);
  const [panelError, setPanelError] = useState<string | null>(null);
  const [cancelError, setCancelError] = useState<{ slotId: string; text: string } | null>(null);
  const today = shanghaiDate(now);
  // null until the week has been read: the screen draws it once, whole, and nothing jumps after
  const data = useLiveQuery(() => readMenu(db, session, { canteenId, weekOffset }, now), [db, session, canteenId, weekOffset, today], null);
  // once the menu is up, fetch the booking panel, so a tap of 预订 works when the signal has gone
  useEffect(() => void BookingPanel.preload(), []);
  const confirm = useConfirm();

  if (!data) return <Page title={t('menu.title')}>{null}</Page>;
  const { canteen, slots, bookings, refused } = data;
  if (!canteen) {
    return (
      <Page title={t('menu.title')}>
        {sync.downloaded ? <p class="empty">{t('menu.noCanteen')}</p> : <NotDownloaded what={t('menu.missing')} online={sync.online} />}
      </Page>
    );
  }

  const self: Member = session.user;
  // the household query lists me first; were it empty, I am the only diner
  const diners: Member[] = data.household.length > 0 ? data.household : [self];
  const nameOf = (id: string) => diners.find((d) => d.id === id)?.name ?? '';
  const dishById = new Map(data.dishes.map((d) => [d.id, d]));

  const days: DayView[] = weekDates(data.monday).map((date) => ({
    date,
    isToday: date === today,
    meals: slots
      .filter((slot) => slot.date === date)
      .map((slot) => {
        const slotBookings = bookings.filter((b) => b.slotId === slot.id && b.status === 'confirmed');
        const views: SlotBookingView[] = slotBookings.map((b) => ({ id: b.id, dinerName: nameOf(b.dinerId), syncState: b.syncState }));
        const refusals = refused.filter((r) => r.slotId === slot.id).map((r) => ({ id: r.id, dinerName: nameOf(r.dinerId), reason: r.reason }));
        return {
          slot,
          canteen,
          dishes: slot.dishIds.flatMap((id) => dishById.get(id) ?? []),
          viewer: self,
          bookings: views,
          refusals,
          onDismissRefusal: (id: string) => void dismissRejection(db, id),
          canBookMore: diners.some((d) => !slotBookings.some((b) => b.dinerId === d.id)),
          now,
          error: cancelError?.slotId === slot.id ? cancelError.text : null,
          onBook: () => {
            setPanelError(null);
            setOpenSlotId(slot.id);
          },
          onCancel: async (bookingId: string) => {
            const booking = slotBookings.find((b) => b.id === bookingId);
            const asked = await confirm.ask(cancelBookingQuestion(slot.date, slot.meal, nameOf(booking?.dinerId ?? '')));
            if (!asked) return;
            // the card itself shows the booking gone, or says on the card why it could not be
            const error = await cancelBooking(db, session, bookingId);
            setCancelError(error ? { slotId: slot.id, text: error } : null);
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
        deliveryFacts={(id) => data.deliveryProfiles.find((p) => p.id === id) ?? null}
        error={panelError}
        onClose={() => setOpenSlotId(null)}
        onConfirm={async (choice) => {
          const error = await bookMeal(db, session, { slotId, ...choice });
          setPanelError(error);
          if (error) return;
          // no word of success here: the card says what is true, saved on the phone until the server answers
          setOpenSlotId(null);
        }}
      />
    );
  };

  // the canteen's staff reach the editor from here; everyone else never sees the link
  const manage = runsCanteen(actorOf(session), canteen.communityId) ? <a class="manage-link" href={MENU_EDITOR_PATH}>{t('menu.manage')}</a> : undefined;

  return (
    <Page title={t('menu.title')} actions={manage}>
      <div class="menu-controls">
        <CanteenPicker canteens={data.canteens} selectedId={canteen.id} onSelect={selectCanteen} />
        <WeekSwitch offset={weekOffset ?? data.weekOffset} onChange={setWeekOffset} />
        <p class="canteen-name">{canteen.name}</p>
      </div>
      {(isStaffRole(session.user.role) || session.user.role === 'volunteer') && <CanteenLinks role={session.user.role} />}
      {/* a new week or canteen starts with its own day picked, not the last one's */}
      <WeekMenu key={`${canteen.id} ${data.monday}`} days={days} panelFor={panelFor} />
      {confirm.dialog}
    </Page>
  );
}
