import type { Kysely, Transaction } from 'kysely';
import * as v from 'valibot';
import { mealServingSchema, type MealServing } from '../../shared/canteen/meal-serving';
import { dietNoteSchema, type DietNote } from '../../shared/canteen/diet-note';
import { standingOrderSchema, type StandingOrder } from '../../shared/canteen/standing-order';
import type { Booking } from '../../shared/canteen/booking';
import type { Meal } from '../../shared/canteen/canteen';
import type { MealSlot } from '../../shared/canteen/meal-slot';
import type { Database } from '../db/schema';
import { toBooking, toMealSlot } from './canteen.repository';

type Db = Kysely<Database> | Transaction<Database>;

/** Loads servings by id (a serving's id is its booking's), with the booking's facts and the meal's date. */
export async function findMealServings(db: Db, ids: readonly string[]): Promise<MealServing[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('meal_servings as s')
    .innerJoin('bookings as b', 'b.id', 's.booking_id')
    .innerJoin('meal_slots as m', 'm.id', 'b.slot_id')
    .selectAll('s')
    .select(['b.slot_id', 'b.canteen_id', 'b.community_id', 'b.diner_id', 'b.household_id', 'b.price_tier', 'm.date', 'm.meal'])
    .where('s.booking_id', 'in', ids)
    .execute();
  return rows.map((r) => v.parse(mealServingSchema, {
    id: r.booking_id, bookingId: r.booking_id, slotId: r.slot_id, canteenId: r.canteen_id, communityId: r.community_id,
    dinerId: r.diner_id, householdId: r.household_id, date: r.date, meal: r.meal, priceTier: r.price_tier,
    grams: r.grams, chargedFen: r.charged_fen, servedAt: r.served_at, servedById: r.served_by_id,
    servedByName: r.served_by_name, how: r.how,
  }));
}

/** Records a serving; a second one for the booking breaks the primary key. */
export async function insertMealServing(db: Db, s: MealServing): Promise<void> {
  await db.insertInto('meal_servings').values({
    booking_id: s.bookingId, grams: s.grams, charged_fen: s.chargedFen, served_at: s.servedAt,
    served_by_id: s.servedById, served_by_name: s.servedByName, how: s.how,
  }).execute();
}

/** Loads diet notes by id (a note's id is its resident's), with the resident's community and household. */
export async function findDietNotes(db: Db, ids: readonly string[]): Promise<DietNote[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('diet_notes as n').innerJoin('users as u', 'u.id', 'n.resident_id')
    .selectAll('n').select(['u.community_id', 'u.household_id'])
    .where('n.resident_id', 'in', ids).execute();
  return rows.map((r) => v.parse(dietNoteSchema, {
    id: r.resident_id, residentId: r.resident_id, communityId: r.community_id, householdId: r.household_id,
    conditions: JSON.parse(r.conditions), allergies: r.allergies, note: r.note, updatedAt: r.updated_at, updatedByName: r.updated_by_name,
  }));
}

/** Writes a resident's diet note, replacing the one before. */
export async function upsertDietNote(db: Db, n: DietNote): Promise<void> {
  const values = {
    conditions: JSON.stringify(n.conditions), allergies: n.allergies, note: n.note, updated_at: n.updatedAt, updated_by_name: n.updatedByName,
  };
  await db.insertInto('diet_notes').values({ resident_id: n.residentId, ...values })
    .onConflict((oc) => oc.column('resident_id').doUpdateSet(values)).execute();
}

/** Loads standing orders by id, with the diner's household. */
export async function findStandingOrders(db: Db, ids: readonly string[]): Promise<StandingOrder[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('standing_orders as o').innerJoin('users as u', 'u.id', 'o.diner_id')
    .selectAll('o').select('u.household_id').where('o.id', 'in', ids).execute();
  return rows.map((r) => v.parse(standingOrderSchema, {
    id: r.id, communityId: r.community_id, householdId: r.household_id, canteenId: r.canteen_id, dinerId: r.diner_id,
    meal: r.meal, weekdays: JSON.parse(r.weekdays), mode: r.mode, startDate: r.start_date, pausedFrom: r.paused_from,
    resumeOn: r.resume_on, ended: r.ended === 1, createdById: r.created_by_id, createdAt: r.created_at,
  }));
}

/** Ids of the orders the job still books for. */
export async function findLiveStandingOrderIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('standing_orders').select('id').where('ended', '=', 0).orderBy('id').execute()).map((r) => r.id);
}

/** Inserts a new standing order. */
export async function insertStandingOrder(db: Db, o: StandingOrder): Promise<void> {
  await db.insertInto('standing_orders').values({
    id: o.id, community_id: o.communityId, canteen_id: o.canteenId, diner_id: o.dinerId, meal: o.meal,
    weekdays: JSON.stringify(o.weekdays), mode: o.mode, start_date: o.startDate, paused_from: o.pausedFrom,
    resume_on: o.resumeOn, ended: o.ended ? 1 : 0, created_by_id: o.createdById, created_at: o.createdAt,
  }).execute();
}

/** Writes an order's pause and whether it has ended. */
export async function updateStandingOrder(db: Db, o: Pick<StandingOrder, 'id' | 'pausedFrom' | 'resumeOn' | 'ended'>): Promise<void> {
  await db.updateTable('standing_orders').set({ paused_from: o.pausedFrom, resume_on: o.resumeOn, ended: o.ended ? 1 : 0 })
    .where('id', '=', o.id).execute();
}

/** The slot of a canteen's meal on a date, if its menu exists. */
export async function findSlotOn(db: Db, canteenId: string, date: string, meal: Meal): Promise<MealSlot | undefined> {
  const row = await db.selectFrom('meal_slots').selectAll()
    .where('canteen_id', '=', canteenId).where('date', '=', date).where('meal', '=', meal).executeTakeFirst();
  return row && toMealSlot(row);
}

/** The confirmed bookings of a slot. */
export async function findConfirmedBookingsOfSlot(db: Db, slotId: string): Promise<Booking[]> {
  const rows = await db.selectFrom('bookings').selectAll().where('slot_id', '=', slotId).where('status', '=', 'confirmed').execute();
  return rows.map(toBooking);
}

/** The bookings an order's job made for meals on or after a date, with their slots. */
export async function findStandingBookingsFrom(db: Db, orderId: string, from: string): Promise<{ booking: Booking; slot: MealSlot }[]> {
  const rows = await db.selectFrom('bookings as b').innerJoin('meal_slots as m', 'm.id', 'b.slot_id')
    .selectAll('b').select(['m.id as m_id', 'm.date as m_date'])
    .where('b.id', 'like', `so-${orderId}-%`).where('m.date', '>=', from).execute();
  const slots = await db.selectFrom('meal_slots').selectAll().where('id', 'in', rows.length > 0 ? rows.map((r) => r.m_id) : ['']).execute();
  const slotById = new Map(slots.map((s) => [s.id, toMealSlot(s)]));
  return rows.flatMap((r) => {
    const slot = slotById.get(r.m_id);
    return slot ? [{ booking: toBooking(r), slot }] : [];
  });
}

/** Removes a booking row outright (a standing order's day withdrawn by a pause; the day may be booked again). */
export async function deleteBooking(db: Db, id: string): Promise<void> {
  await db.deleteFrom('bookings').where('id', '=', id).execute();
}

/** Ids of the community's members whose phone ends with the given digits. */
export async function findMemberIdsByPhoneTail(db: Db, communityIds: readonly string[], tail: string): Promise<string[]> {
  if (communityIds.length === 0) return [];
  const rows = await db.selectFrom('users').select('id')
    .where('community_id', 'in', communityIds).where('phone', 'like', `%${tail}`).orderBy('id').execute();
  return rows.map((r) => r.id);
}
