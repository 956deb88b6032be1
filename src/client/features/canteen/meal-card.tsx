import type { Canteen } from '../../../shared/canteen/canteen';
import type { Dish } from '../../../shared/canteen/dish';
import type { Member } from '../../../shared/member';
import { isPastCutoff, hasSeatLeft, type MealSlot } from '../../../shared/canteen/meal-slot';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { ReadAloudButton } from '../../ui/read-aloud-button';
import { StatusBadge, type SyncState } from '../../ui/status-badge';
import { DishList } from './dish-list';
import { cutoffStateLabel, seatsLabel } from './meal-words';
import { priceLabel } from './price-label';

/** A booking of this slot by someone in the household, as the card shows it. */
export interface SlotBookingView {
  id: string;
  dinerName: string;
  syncState: SyncState;
}

/** A booking of this slot the server refused, shown in place of it until read. */
export interface SlotRefusalView {
  id: string;
  dinerName: string;
  reason: string;
}

/** Props of MealCard: plain values and callbacks, no database. */
export interface MealCardProps {
  slot: MealSlot;
  canteen: Pick<Canteen, 'priceTiers' | 'pricing'>;
  dishes: Pick<Dish, 'id' | 'name' | 'tags' | 'allergens' | 'photoId'>[];
  /** Whose price to show: the logged-in person. */
  viewer: Pick<Member, 'birthDate' | 'ageVerified' | 'groups'>;
  bookings: SlotBookingView[];
  /** Refused bookings of this slot the user has not dismissed; they replace any earlier hopeful word. */
  refusals?: SlotRefusalView[];
  /** Whether someone the user may book for has no booking for this slot yet. */
  canBookMore: boolean;
  now: Date;
  onBook: () => void;
  onCancel: (bookingId: string) => void;
  onDismissRefusal?: (id: string) => void;
  /** What went wrong with the last cancel tap on this phone, in words, shown on the card itself. */
  error?: string | null;
  /** The id of the heading of the day it is shown under (the menu folds closed days apart). */
  dayHeadingId?: string;
  /** Whether this is the next meal one can book, marked 下一顿可订. */
  isNext?: boolean;
}

/** One lunch or dinner: dishes, price for the viewer's tier, seats, cut-off and booking actions. */
export function MealCard(props: MealCardProps) {
  const { slot, canteen, dishes, viewer, bookings, canBookMore, now, refusals = [], error, isNext = false } = props;
  const closed = isPastCutoff(slot, now);
  const full = !hasSeatLeft(slot);
  const headingId = `slot-${slot.id}`;
  return (
    // named by its day's heading too, so a screen reader says "11月25日 周三 午餐", not just "午餐"
    <article class={`meal-card${closed ? ' is-closed' : ''}${isNext ? ' is-next' : ''}`} aria-labelledby={`${props.dayHeadingId ?? `day-${slot.date}`} ${headingId}`}>
      {isNext && <p class="next-mark">{t('menu.next')}</p>}
      <h3 id={headingId}>{t(`meal.${slot.meal}`)}</h3>
      <DishList dishes={dishes} />
      <p class="price">{priceLabel(viewer, canteen, slot)}</p>
      <p class="facts">
        <span class={full ? 'seats seats-full' : 'seats'}>{seatsLabel(slot)}</span>
        <span class="cutoff">{cutoffStateLabel(slot, now)}</span>
      </p>
      {bookings.length > 0 && (
        <ul class="slot-bookings">
          {bookings.map((booking) => (
            <li key={booking.id}>
              {bookings.length > 1 && <span>{t('menu.bookedFor', { name: booking.dinerName })}</span>}
              <StatusBadge state={booking.syncState} />
              {!closed && (
                <Button kind="secondary" onClick={() => props.onCancel(booking.id)} aria-label={`${t('menu.cancel')} ${booking.dinerName}`}>
                  {t('menu.cancel')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {refusals.length > 0 && (
        <ul class="slot-refusals">
          {refusals.map((refusal) => (
            <li key={refusal.id} class="refusal">
              <p>
                <strong>{t('menu.refused', { name: refusal.dinerName })}</strong>
                {refusal.reason}
              </p>
              <ReadAloudButton text={`${t('menu.refused', { name: refusal.dinerName })}${refusal.reason}`} />
              <Button kind="secondary" onClick={() => props.onDismissRefusal?.(refusal.id)} aria-label={t('menu.refusedRead', { name: refusal.dinerName })}>
                {t('menu.refusedOk')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      {canBookMore && !closed && !full && <Button onClick={props.onBook}>{t('menu.book')}</Button>}
    </article>
  );
}
