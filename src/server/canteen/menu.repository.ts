import type { Kysely, Transaction } from 'kysely';
import type { Dish } from '../../shared/canteen/dish';
import type { MealSlot } from '../../shared/canteen/meal-slot';
import type { PriceTier } from '../../shared/canteen/price-tier';
import { addDays } from '../../shared/time';
import type { Database } from '../db/schema';
import { toMealSlot } from './canteen.repository';

type Db = Kysely<Database> | Transaction<Database>;

/** The meals of a canteen in the week starting on a Monday, drafts included. */
export async function findWeekSlots(db: Db, canteenId: string, monday: string): Promise<MealSlot[]> {
  const rows = await db.selectFrom('meal_slots').selectAll().where('canteen_id', '=', canteenId)
    .where('date', '>=', monday).where('date', '<=', addDays(monday, 6)).orderBy('date').orderBy('meal').execute();
  return rows.map(toMealSlot);
}

/** The meals of a canteen on one date (lunch, dinner), drafts included. */
export async function findSlotsOn(db: Db, canteenId: string, date: string): Promise<MealSlot[]> {
  const rows = await db.selectFrom('meal_slots').selectAll().where('canteen_id', '=', canteenId).where('date', '=', date).execute();
  return rows.map(toMealSlot);
}

/** Writes what the menu editor changes of a meal: its dishes, cut-off and ways of serving. */
export async function updateSlotMenu(db: Db, slot: Pick<MealSlot, 'id' | 'dishIds' | 'cutoffAt' | 'modes'>): Promise<void> {
  await db.updateTable('meal_slots')
    .set({ dish_ids: JSON.stringify(slot.dishIds), cutoff_at: slot.cutoffAt, modes: JSON.stringify(slot.modes) })
    .where('id', '=', slot.id).execute();
}

/** Removes a draft meal. */
export async function deleteMealSlot(db: Db, id: string): Promise<void> {
  await db.deleteFrom('meal_slots').where('id', '=', id).where('published', '=', 0).execute();
}

/** Publishes meals. */
export async function markSlotsPublished(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.updateTable('meal_slots').set({ published: 1 }).where('id', 'in', ids).execute();
}

/** Writes a dish's words and photo (the canteen it belongs to never changes). */
export async function updateDish(db: Db, d: Dish): Promise<void> {
  await db.updateTable('dishes')
    .set({ name: d.name, tags: JSON.stringify(d.tags), allergens: JSON.stringify(d.allergens), photo_id: d.photoId })
    .where('id', '=', d.id).execute();
}

/** Which of these dishes residents have been shown (by a published menu). */
export async function findShownDishIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('dishes').select('id').where('id', 'in', ids).where('shown', '=', 1).execute();
  return new Set(rows.map((r) => r.id));
}

/** Marks dishes as shown to residents, for good: once on a published menu, a dish stays visible. */
export async function markDishesShown(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.updateTable('dishes').set({ shown: 1 }).where('id', 'in', ids).execute();
}

/** Replaces a canteen's price tiers. */
export async function updatePriceTiers(db: Db, canteenId: string, tiers: readonly PriceTier[]): Promise<void> {
  await db.updateTable('canteens').set({ price_tiers: JSON.stringify(tiers) }).where('id', '=', canteenId).execute();
}
