/**
 * Read functions of the canteen's own screens (prep list, counter, standing orders, bills). They
 * read only this phone's copy, so they answer offline, with queued changes already applied.
 */
import type { AppDb } from '../../data/db';
import type { SessionInfo } from '../../../shared/auth';
import type { Booking } from '../../../shared/canteen/booking';
import type { Canteen, Meal } from '../../../shared/canteen/canteen';
import type { DietNote } from '../../../shared/canteen/diet-note';
import type { Dish } from '../../../shared/canteen/dish';
import type { MealServing } from '../../../shared/canteen/meal-serving';
import type { MealSlot } from '../../../shared/canteen/meal-slot';
import type { StandingOrder } from '../../../shared/canteen/standing-order';
import type { Member } from '../../../shared/member';
import { isStaffRole } from '../../../shared/role';
import { pendingRowKeys } from '../../data/sync-queries';

/** The canteens of the communities the user receives, by name. */
export async function listCanteensOf(db: AppDb, session: SessionInfo): Promise<Canteen[]> {
  const canteens = await db.canteen.where('communityId').anyOf(session.communityIds).toArray();
  return canteens.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** One meal of a canteen with everything its prep list and counter show. */
export interface MealData {
  slot: MealSlot;
  canteen: Canteen;
  dishes: Dish[];
  /** The slot's confirmed bookings on this phone. */
  bookings: Booking[];
  members: Map<string, Member>;
  dietNotes: Map<string, DietNote>;
  servings: Map<string, MealServing>;
  /** `entity:id` keys a queued change touched, to mark them not yet sent. */
  pending: Set<string>;
}

/** A canteen's meal on a date, or null when this phone has no such menu. */
export async function loadMeal(db: AppDb, canteenId: string, date: string, meal: Meal): Promise<MealData | null> {
  const slots = await db.mealSlot.where('[canteenId+date]').equals([canteenId, date]).toArray();
  const slot = slots.find((s) => s.meal === meal);
  const canteen = await db.canteen.get(canteenId);
  if (!slot || !canteen) return null;
  const bookings = (await db.booking.where('slotId').equals(slot.id).toArray()).filter((b) => b.status === 'confirmed');
  const dinerIds = bookings.map((b) => b.dinerId);
  const [dishes, members, notes, servings, pending] = await Promise.all([
    db.dish.bulkGet(slot.dishIds), db.member.bulkGet(dinerIds), db.dietNote.bulkGet(dinerIds),
    db.mealServing.where('slotId').equals(slot.id).toArray(), pendingRowKeys(db),
  ]);
  return {
    slot, canteen, bookings, pending,
    dishes: dishes.filter((d): d is Dish => d !== undefined),
    members: new Map(members.filter((m): m is Member => m !== undefined).map((m) => [m.id, m])),
    dietNotes: new Map(notes.filter((n): n is DietNote => n !== undefined).map((n) => [n.residentId, n])),
    servings: new Map(servings.map((s) => [s.bookingId, s])),
  };
}

/** Residents of the communities staff serve (the counter's walk-in list), by name. */
export async function listResidents(db: AppDb, session: SessionInfo): Promise<Member[]> {
  if (!isStaffRole(session.user.role)) return [];
  const members = await db.member.where('communityId').anyOf(session.communityIds).toArray();
  return members.filter((m) => m.role === 'resident').sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** The people whose standing orders, diet notes and bills the user keeps: household, or for staff every resident. */
export async function listPeopleIKeep(db: AppDb, session: SessionInfo): Promise<Member[]> {
  if (isStaffRole(session.user.role)) return listResidents(db, session);
  const { householdId } = session.user;
  const household = householdId === null ? [] : await db.member.where('householdId').equals(householdId).toArray();
  const people = household.length > 0 ? household : [session.user];
  return people.sort((a, b) => (a.id === session.user.id ? -1 : b.id === session.user.id ? 1 : a.name.localeCompare(b.name, 'zh-CN')));
}

/** Standing orders on this phone (the household's, or for staff the community's), newest first. */
export async function listStandingOrders(db: AppDb): Promise<StandingOrder[]> {
  return (await db.standingOrder.toArray()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Meals served on this phone (the household's, or for staff the community's), in a month (YYYY-MM). */
export async function listServingsInMonth(db: AppDb, month: string): Promise<MealServing[]> {
  const rows = await db.mealServing.where('date').between(`${month}-01`, `${month}-31`, true, true).toArray();
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.servedAt.localeCompare(b.servedAt));
}

/** Meals served on this phone from a date on, for the figures. */
export async function listServingsSince(db: AppDb, from: string): Promise<MealServing[]> {
  return db.mealServing.where('date').aboveOrEqual(from).toArray();
}

/** Every diet note on this phone, by resident. */
export async function dietNotesByResident(db: AppDb): Promise<Map<string, DietNote>> {
  return new Map((await db.dietNote.toArray()).map((n) => [n.residentId, n]));
}
