import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import * as v from 'valibot';
import { canteenSchema, type Canteen } from '../../shared/canteen/canteen';
import { dishSchema, type Dish } from '../../shared/canteen/dish';
import { mealSlotSchema, type MealSlot } from '../../shared/canteen/meal-slot';
import { bookingSchema, type Booking } from '../../shared/canteen/booking';
import type { Database } from '../db/schema';
import type { BookingTable, CanteenTable, DishTable, MealSlotTable } from './canteen.table';

type Db = Kysely<Database> | Transaction<Database>;

// Mappers parse with the shared schema: a row that no longer fits fails loudly here, not in a client.

/** Maps a canteens row to the shared Canteen. */
export function toCanteen(row: Selectable<CanteenTable>): Canteen {
  return v.parse(canteenSchema, {
    id: row.id, communityId: row.community_id, name: row.name, address: row.address, seats: row.seats,
    pricing: row.pricing, priceTiers: JSON.parse(row.price_tiers), minAge: row.min_age, deliveryAge: row.delivery_age,
    cutoffs: JSON.parse(row.cutoffs),
  });
}

/** Maps a dishes row to the shared Dish. */
export function toDish(row: Selectable<DishTable>): Dish {
  return v.parse(dishSchema, {
    id: row.id, canteenId: row.canteen_id, name: row.name, tags: JSON.parse(row.tags), allergens: JSON.parse(row.allergens),
    photoId: row.photo_id,
  });
}

/** Maps a meal_slots row to the shared MealSlot. */
export function toMealSlot(row: Selectable<MealSlotTable>): MealSlot {
  return v.parse(mealSlotSchema, {
    id: row.id, canteenId: row.canteen_id, communityId: row.community_id, date: row.date, meal: row.meal,
    dishIds: JSON.parse(row.dish_ids), seats: row.seats, seatsTaken: row.seats_taken, cutoffAt: row.cutoff_at,
    modes: JSON.parse(row.modes), published: row.published === 1,
  });
}

/** Maps a bookings row to the shared Booking. */
export function toBooking(row: Selectable<BookingTable>): Booking {
  return v.parse(bookingSchema, {
    id: row.id, slotId: row.slot_id, canteenId: row.canteen_id, communityId: row.community_id,
    dinerId: row.diner_id, bookedById: row.booked_by_id, householdId: row.household_id, mode: row.mode,
    status: row.status, priceTier: row.price_tier, priceFen: row.price_fen, createdAt: row.created_at,
    cancelledAt: row.cancelled_at,
  });
}

/** Loads canteens by id. */
export async function findCanteens(db: Db, ids: readonly string[]): Promise<Canteen[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('canteens').selectAll().where('id', 'in', ids).execute()).map(toCanteen);
}

/** Loads dishes by id. */
export async function findDishes(db: Db, ids: readonly string[]): Promise<Dish[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('dishes').selectAll().where('id', 'in', ids).execute()).map(toDish);
}

/** Loads meal slots by id. */
export async function findMealSlots(db: Db, ids: readonly string[]): Promise<MealSlot[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('meal_slots').selectAll().where('id', 'in', ids).execute()).map(toMealSlot);
}

/** Loads bookings by id. */
export async function findBookings(db: Db, ids: readonly string[]): Promise<Booking[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('bookings').selectAll().where('id', 'in', ids).execute()).map(toBooking);
}

/** A diner's bookings of one slot, confirmed or not. */
export async function findDinerBookingsForSlot(db: Db, slotId: string, dinerId: string): Promise<Booking[]> {
  const rows = await db.selectFrom('bookings').selectAll()
    .where('slot_id', '=', slotId).where('diner_id', '=', dinerId).execute();
  return rows.map(toBooking);
}

/** Inserts a booking row. */
export async function insertBooking(db: Db, b: Booking): Promise<void> {
  await db.insertInto('bookings').values({
    id: b.id, slot_id: b.slotId, canteen_id: b.canteenId, community_id: b.communityId, diner_id: b.dinerId,
    booked_by_id: b.bookedById, household_id: b.householdId, mode: b.mode, status: b.status,
    price_tier: b.priceTier, price_fen: b.priceFen, created_at: b.createdAt, cancelled_at: b.cancelledAt,
  }).execute();
}

/** Marks a booking cancelled at an instant. */
export async function markBookingCancelled(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('bookings').set({ status: 'cancelled', cancelled_at: at }).where('id', '=', id).execute();
}

/** Adds delta to a slot's seats taken (the check constraint refuses an overbooking). */
export async function adjustSeatsTaken(db: Db, slotId: string, delta: 1 | -1): Promise<void> {
  await db.updateTable('meal_slots').set({ seats_taken: sql`seats_taken + ${delta}` }).where('id', '=', slotId).execute();
}

/** Sets how many seats a slot offers. */
export async function setSeats(db: Db, slotId: string, seats: number): Promise<void> {
  await db.updateTable('meal_slots').set({ seats }).where('id', '=', slotId).execute();
}

/** Inserts a canteen row (seed and fixtures). */
export async function insertCanteen(db: Db, c: Canteen): Promise<void> {
  await db.insertInto('canteens').values({
    id: c.id, community_id: c.communityId, name: c.name, address: c.address, seats: c.seats, pricing: c.pricing,
    price_tiers: JSON.stringify(c.priceTiers), min_age: c.minAge, delivery_age: c.deliveryAge, cutoffs: JSON.stringify(c.cutoffs),
  }).execute();
}

/** Inserts a dish row; `shown` says whether residents may be sent it (see dish visibility in menu.repository). */
export async function insertDish(db: Db, d: Dish, shown = true): Promise<void> {
  await db.insertInto('dishes').values({
    id: d.id, canteen_id: d.canteenId, name: d.name, tags: JSON.stringify(d.tags), allergens: JSON.stringify(d.allergens),
    photo_id: d.photoId, shown: shown ? 1 : 0,
  }).execute();
}

/** Inserts a meal slot row (seed, fixtures and the menu editor). */
export async function insertMealSlot(db: Db, s: MealSlot): Promise<void> {
  await db.insertInto('meal_slots').values({
    id: s.id, canteen_id: s.canteenId, community_id: s.communityId, date: s.date, meal: s.meal,
    dish_ids: JSON.stringify(s.dishIds), seats: s.seats, seats_taken: s.seatsTaken, cutoff_at: s.cutoffAt,
    modes: JSON.stringify(s.modes), published: s.published ? 1 : 0,
  }).execute();
}
