/**
 * Read functions for the canteen screens. They read only IndexedDB, so they answer the same
 * offline, showing server rows with queued mutations already applied; wrap them in useLiveQuery
 * to re-render when a sync or a mutation changes them.
 */
import type { AppDb } from '../../data/db';
import type { SessionInfo } from '../../../shared/auth';
import type { Booking } from '../../../shared/canteen/booking';
import type { Canteen, Meal } from '../../../shared/canteen/canteen';
import type { Member } from '../../../shared/member';
import type { Dish } from '../../../shared/canteen/dish';
import type { MealSlot } from '../../../shared/canteen/meal-slot';
import { addDays } from '../../../shared/time';
import { pendingRowKeys } from '../../data/sync-queries';

const MEAL_ORDER: Record<Meal, number> = { lunch: 0, dinner: 1 };

/** Orders slots by date, lunch before dinner. */
function bySlotTime(a: Pick<MealSlot, 'date' | 'meal'>, b: Pick<MealSlot, 'date' | 'meal'>): number {
  return a.date.localeCompare(b.date) || MEAL_ORDER[a.meal] - MEAL_ORDER[b.meal];
}

/** Canteens of the given communities, by name. */
export async function listCanteens(db: AppDb, communityIds: string[]): Promise<Canteen[]> {
  const canteens = await db.canteen.where('communityId').anyOf(communityIds).toArray();
  return canteens.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** One canteen by id; undefined until it has synced. */
export async function getCanteen(db: AppDb, id: string): Promise<Canteen | undefined> {
  return db.canteen.get(id);
}

/**
 * A canteen's published meal slots in the week starting on `monday`, by date then lunch before
 * dinner, as residents see the menu: staff see their drafts in the editor, not here.
 */
export async function listSlotsForWeek(db: AppDb, canteenId: string, monday: string): Promise<MealSlot[]> {
  const slots = await db.mealSlot
    .where('[canteenId+date]')
    .between([canteenId, monday], [canteenId, addDays(monday, 6)], true, true)
    .toArray();
  return slots.filter((slot) => slot.published).sort(bySlotTime);
}

/** Dishes by id in the order asked (a slot's serving order); ids not synced yet are left out. */
export async function listDishesByIds(db: AppDb, ids: string[]): Promise<Dish[]> {
  const dishes = await db.dish.bulkGet(ids);
  return dishes.filter((dish): dish is Dish => dish !== undefined);
}

/** All dishes of a canteen, for rendering a whole week's menus at once. */
export async function listDishesForCanteen(db: AppDb, canteenId: string): Promise<Dish[]> {
  return db.dish.where('canteenId').equals(canteenId).toArray();
}

/** A booking as "my meals" shows it: with its slot, canteen and diner, and whether it has synced. */
export type MyBooking = Booking & {
  slot: MealSlot;
  canteen: Canteen;
  /** Undefined if the diner's member row has not synced. */
  diner: Member | undefined;
  /** 'pending' while a queued mutation touching it is unanswered by the server. */
  syncState: 'pending' | 'confirmed';
};

/**
 * Confirmed bookings for me and my household, by meal time. Offline it includes bookings made
 * offline (pending) and leaves out ones cancelled offline.
 */
export async function listMyBookings(db: AppDb, session: SessionInfo): Promise<MyBooking[]> {
  const { id, householdId } = session.user;
  const mine = await db.booking.where('dinerId').equals(id).toArray();
  const household = householdId === null ? [] : await db.booking.where('householdId').equals(householdId).toArray();
  const bookings = [...new Map([...mine, ...household].map((b) => [b.id, b])).values()].filter(
    (b) => b.status === 'confirmed',
  );
  const [slots, canteens, diners, pending] = await Promise.all([
    db.mealSlot.bulkGet(bookings.map((b) => b.slotId)),
    db.canteen.bulkGet(bookings.map((b) => b.canteenId)),
    db.member.bulkGet(bookings.map((b) => b.dinerId)),
    pendingRowKeys(db),
  ]);
  const result: MyBooking[] = [];
  bookings.forEach((booking, i) => {
    const slot = slots[i];
    const canteen = canteens[i];
    // A booking whose slot or canteen has not synced cannot be shown meaningfully; the next pull brings it.
    if (!slot || !canteen) return;
    const syncState = pending.has(`booking:${booking.id}`) ? 'pending' : 'confirmed';
    result.push({ ...booking, slot, canteen, diner: diners[i], syncState });
  });
  return result.sort((a, b) => bySlotTime(a.slot, b.slot) || a.createdAt.localeCompare(b.createdAt));
}
