import type { SessionInfo } from '../../../shared/auth';
import type { Canteen } from '../../../shared/canteen/canteen';
import type { Dish } from '../../../shared/canteen/dish';
import type { DeliveryProfile } from '../../../shared/canteen/delivery';
import { isPastCutoff, type MealSlot } from '../../../shared/canteen/meal-slot';
import type { Member } from '../../../shared/member';
import { addDays, shanghaiDate, weekStart } from '../../../shared/time';
import type { AppDb } from '../../data/db';
import { listHouseholdMembers } from '../../data/member-queries';
import { listCanteens, listDishesForCanteen, listMyBookings, listSlotsForWeek, type MyBooking } from './canteen-queries';
import { listRefusedBookings, type RefusedBooking } from './refused-bookings';

/** Everything the menu shows for one canteen and one week, read in one go. */
export interface MenuData {
  canteens: Canteen[];
  /** The chosen canteen, else the first; null when none is on this phone. */
  canteen: Canteen | null;
  /** The Monday of the week read, and which week it is (0 this week, 1 next week). */
  monday: string;
  weekOffset: 0 | 1;
  slots: MealSlot[];
  dishes: Dish[];
  bookings: MyBooking[];
  /** Me first, then my household. */
  household: Member[];
  refused: RefusedBooking[];
  /** Delivery facts staff registered for people of the household (a disability, living alone). */
  deliveryProfiles: DeliveryProfile[];
}

/**
 * Reads the menu of a week in one answer, so the screen draws it once, whole, instead of growing
 * as each table answers. Without a chosen week (`weekOffset` null) it is this week, or next week
 * once nothing this week can still be booked (Sunday afternoon). Local only; works offline.
 */
export async function readMenu(
  db: AppDb,
  session: SessionInfo,
  choice: { canteenId: string | null; weekOffset: 0 | 1 | null },
  now: Date,
): Promise<MenuData> {
  const [canteens, bookings, household, refused, deliveryProfiles] = await Promise.all([
    listCanteens(db, session.communityIds),
    listMyBookings(db, session),
    listHouseholdMembers(db, session),
    listRefusedBookings(db),
    db.deliveryProfile.toArray(),
  ]);
  const canteen = canteens.find((c) => c.id === choice.canteenId) ?? canteens[0] ?? null;
  const thisMonday = weekStart(shanghaiDate(now));
  const week = async (offset: 0 | 1) => {
    const monday = addDays(thisMonday, 7 * offset);
    return { monday, weekOffset: offset, slots: canteen ? await listSlotsForWeek(db, canteen.id, monday) : [] };
  };
  let shown = await week(choice.weekOffset ?? 0);
  if (choice.weekOffset === null && shown.slots.every((slot) => isPastCutoff(slot, now))) {
    const next = await week(1);
    if (next.slots.length > 0) shown = next;
  }
  const dishes = canteen ? await listDishesForCanteen(db, canteen.id) : [];
  return { canteens, canteen, ...shown, dishes, bookings, household, refused, deliveryProfiles };
}
