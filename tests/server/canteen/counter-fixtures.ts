import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Meal } from '../../../src/shared/canteen/canteen';
import { cutoffFor, type MealSlot } from '../../../src/shared/canteen/meal-slot';
import type { Member } from '../../../src/shared/member';
import type { Mutation } from '../../../src/shared/sync/protocol';
import type { Database } from '../../../src/server/db/schema';
import { writeTransaction } from '../../../src/server/db/write-transaction';
import { CanteenSeedWriter } from '../../../src/server/canteen/canteen-seed-writer';
import type { CommunityFixture } from '../fixtures';

/** Adds the canteen's meal on each date (a week's menu), seats as given; returns the slots. */
export async function addSlots(db: Kysely<Database>, fx: CommunityFixture, dates: string[], meal: Meal = 'lunch', seats = 10): Promise<MealSlot[]> {
  const slots = dates.map((date): MealSlot => ({
    ...fx.slot, id: `${fx.canteen.id}-${date}-${meal}`, date, meal, seats, seatsTaken: 0,
    cutoffAt: cutoffFor(fx.canteen, date, meal).toISOString(),
  }));
  await writeTransaction(db, async (trx, record) => {
    const w = new CanteenSeedWriter(trx, record, new Date().toISOString());
    for (const slot of slots) await w.mealSlot(slot);
  });
  return slots;
}

/** Adds one more person to the fixture's community (a second counter's staff, a volunteer). */
export async function addPerson(
  db: Kysely<Database>, fx: CommunityFixture, name: string, role: Member['role'], communityId = fx.communityId,
): Promise<Omit<Member, 'hasLogin'> & { phone: string }> {
  const p = {
    id: `p-${randomUUID().slice(0, 8)}`, communityId, householdId: null, name, role,
    birthDate: '1990-01-01', ageVerified: false, groups: [], phone: `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
  };
  await writeTransaction(db, async (trx, record) => {
    await new CanteenSeedWriter(trx, record, new Date().toISOString()).member(p);
  });
  return p;
}

/** A mutation of a name with fresh id, made at an instant (a phone offline makes it earlier than it pushes). */
export function mutation(name: string, args: unknown, createdAt = new Date().toISOString()): Mutation {
  return { id: randomUUID(), name, args, createdAt };
}
