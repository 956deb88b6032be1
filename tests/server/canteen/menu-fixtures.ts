import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Member } from '../../../src/shared/member';
import type { Mutation } from '../../../src/shared/sync/protocol';
import type { Meal } from '../../../src/shared/canteen/canteen';
import { shanghaiInstant, addDays } from '../../../src/shared/time';
import type { Database } from '../../../src/server/db/schema';
import { writeTransaction } from '../../../src/server/db/write-transaction';
import { SeedWriter } from '../../../src/server/demo/seed-writer';
import { buildCommunity, type CommunityFixture } from '../fixtures';

type Person = Omit<Member, 'hasLogin'> & { phone: string | null };

/** This week's Monday and next week's, at the test clock (Monday 2026-11-23). */
export const THIS_MONDAY = '2026-11-23';
export const NEXT_MONDAY = '2026-11-30';

/** A community fixture plus the other community's staff (周丽, who runs 站南爱老公益食堂, not this canteen). */
export interface MenuFixture extends CommunityFixture {
  outsiderStaff: Person;
}

/** buildCommunity and a staff member of the second community. */
export async function buildMenuCommunity(db: Kysely<Database>, now: Date): Promise<MenuFixture> {
  const fx = await buildCommunity(db, now);
  const outsiderStaff: Person = {
    id: `ostaff-${fx.communityId}`, communityId: fx.outsiderCommunityId, householdId: null, name: '周丽', role: 'staff',
    birthDate: null, ageVerified: false, groups: [], phone: `136${String(randomInt(0, 100_000_000)).padStart(8, '0')}`,
  };
  await writeTransaction(db, async (trx, record) => {
    await new SeedWriter(trx, record, now.toISOString()).member(outsiderStaff);
  });
  return { ...fx, outsiderStaff };
}

/** A mutation with a fresh id. */
export function mutation(name: string, args: unknown): Mutation {
  return { id: randomUUID(), name, args, createdAt: new Date().toISOString() };
}

/** saveDish for a new dish of the canteen (a fresh UUID), with tags, allergens and no photo unless given. */
export function newDish(canteenId: string, name: string, extra: Record<string, unknown> = {}): Mutation & { dishId: string } {
  const dishId = randomUUID();
  return { ...mutation('saveDish', { dishId, canteenId, name, tags: ['soft', 'lowSalt'], allergens: ['egg'], photoId: null, ...extra }), dishId };
}

/** saveMealSlot for a meal on a date, closing at 09:00 that day. */
export function mealDraft(canteenId: string, date: string, meal: Meal, dishIds: string[], extra: Record<string, unknown> = {}): Mutation {
  return mutation('saveMealSlot', {
    canteenId, date, meal, dishIds, cutoffAt: shanghaiInstant(date, meal === 'lunch' ? '09:00' : '15:00').toISOString(),
    modes: ['dineIn', 'pickup'], ...extra,
  });
}

/** The Wednesday of the week starting on a Monday. */
export function wednesdayOf(monday: string): string {
  return addDays(monday, 2);
}
