import type { Kysely, Transaction } from 'kysely';
import * as v from 'valibot';
import { deliveryProfileSchema, mealDeliverySchema, type DeliveryProfile, type MealDelivery } from '../../shared/canteen/delivery';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Loads delivery profiles by id (a profile's id is its resident's). */
export async function findDeliveryProfiles(db: Db, ids: readonly string[]): Promise<DeliveryProfile[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('delivery_profiles as p').innerJoin('users as u', 'u.id', 'p.resident_id')
    .selectAll('p').select(['u.community_id', 'u.household_id']).where('p.resident_id', 'in', ids).execute();
  return rows.map((r) => v.parse(deliveryProfileSchema, {
    id: r.resident_id, residentId: r.resident_id, communityId: r.community_id, householdId: r.household_id,
    building: r.building, floor: r.floor, room: r.room, disability: r.disability === 1, livesAlone: r.lives_alone === 1,
    updatedAt: r.updated_at,
  }));
}

/** Writes a resident's delivery profile, replacing the one before. */
export async function upsertDeliveryProfile(db: Db, p: DeliveryProfile): Promise<void> {
  const values = {
    building: p.building, floor: p.floor, room: p.room, disability: p.disability ? 1 : 0, lives_alone: p.livesAlone ? 1 : 0, updated_at: p.updatedAt,
  };
  await db.insertInto('delivery_profiles').values({ resident_id: p.residentId, ...values })
    .onConflict((oc) => oc.column('resident_id').doUpdateSet(values)).execute();
}

/**
 * Loads the meals to carry by booking id: live delivery bookings only (a cancelled or withdrawn
 * one is gone, and pulls send it as a tombstone), with the diner's name and address and whether
 * the meal was handed over.
 */
export async function findMealDeliveries(db: Db, ids: readonly string[]): Promise<MealDelivery[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('bookings as b')
    .innerJoin('users as u', 'u.id', 'b.diner_id')
    .innerJoin('meal_slots as m', 'm.id', 'b.slot_id')
    .leftJoin('delivery_profiles as p', 'p.resident_id', 'b.diner_id')
    .leftJoin('meal_servings as s', 's.booking_id', 'b.id')
    .select(['b.id', 'b.slot_id', 'b.canteen_id', 'b.community_id', 'm.date', 'm.meal', 'u.name', 'p.building', 'p.floor', 'p.room',
      's.served_at', 's.served_by_name'])
    .where('b.id', 'in', ids).where('b.mode', '=', 'delivery').where('b.status', '=', 'confirmed')
    .execute();
  return rows.map((r) => v.parse(mealDeliverySchema, {
    id: r.id, slotId: r.slot_id, canteenId: r.canteen_id, communityId: r.community_id, date: r.date, meal: r.meal,
    dinerName: r.name, building: r.building ?? '', floor: r.floor ?? null, room: r.room ?? '',
    deliveredAt: r.served_at ?? null, deliveredByName: r.served_by_name ?? null,
  }));
}

/** A resident's delivery bookings for meals on or after a date, whose stops show their address. */
export async function findDeliveryBookingIdsFrom(db: Db, dinerId: string, from: string): Promise<{ id: string; communityId: string; householdId: string | null }[]> {
  const rows = await db.selectFrom('bookings as b').innerJoin('meal_slots as m', 'm.id', 'b.slot_id')
    .select(['b.id', 'b.community_id', 'b.household_id'])
    .where('b.diner_id', '=', dinerId).where('b.mode', '=', 'delivery').where('m.date', '>=', from).execute();
  return rows.map((r) => ({ id: r.id, communityId: r.community_id, householdId: r.household_id }));
}
