import type { Transaction } from 'kysely';
import type { Canteen } from '../../shared/canteen/canteen';
import type { Dish } from '../../shared/canteen/dish';
import type { MealSlot } from '../../shared/canteen/meal-slot';
import type { Member } from '../../shared/member';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import { insertCommunity, insertHousehold, insertStreetOffice } from '../community/community.repository';
import { insertMember } from '../member/member.repository';
import { insertCanteen, insertDish, insertMealSlot } from '../canteen/canteen.repository';

type Table = 'street_offices' | 'communities' | 'households' | 'users' | 'canteens' | 'dishes' | 'meal_slots';

/**
 * Inserts reference rows that are missing and records them for sync, so seeding twice changes
 * nothing and a seeded row reaches clients like any other change. Used by the demo seed and by
 * test fixtures.
 */
export class SeedWriter {
  constructor(
    private readonly trx: Transaction<Database>,
    private readonly record: ChangeRecorder,
    private readonly createdAt: string,
  ) {}

  private async exists(table: Table, id: string): Promise<boolean> {
    return (await this.trx.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  }

  /** Adds a street office. */
  async streetOffice(id: string, name: string): Promise<void> {
    if (!(await this.exists('street_offices', id))) await insertStreetOffice(this.trx, { id, name });
  }

  /** Adds a community (a synced row, visible to its own members). */
  async community(id: string, streetOfficeId: string, name: string): Promise<void> {
    if (await this.exists('communities', id)) return;
    await insertCommunity(this.trx, { id, streetOfficeId, name });
    await this.record(this.trx, { entity: 'community', id, communityId: id, householdId: null, ownerId: null });
  }

  /** Adds a household. */
  async household(id: string, communityId: string, name: string): Promise<void> {
    if (!(await this.exists('households', id))) await insertHousehold(this.trx, { id, communityId, name });
  }

  /** Adds a person (a private synced row: self, household and staff see it). */
  async member(m: Omit<Member, 'hasLogin'> & { phone: string | null }): Promise<void> {
    if (await this.exists('users', m.id)) return;
    await insertMember(this.trx, m, this.createdAt);
    await this.record(this.trx, { entity: 'member', id: m.id, communityId: m.communityId, householdId: m.householdId, ownerId: m.id });
  }

  /** Adds a canteen. */
  async canteen(c: Canteen): Promise<void> {
    if (await this.exists('canteens', c.id)) return;
    await insertCanteen(this.trx, c);
    await this.record(this.trx, { entity: 'canteen', id: c.id, communityId: c.communityId, householdId: null, ownerId: null });
  }

  /** Adds a dish of a canteen in a community. */
  async dish(d: Dish, communityId: string): Promise<void> {
    if (await this.exists('dishes', d.id)) return;
    await insertDish(this.trx, d);
    await this.record(this.trx, { entity: 'dish', id: d.id, communityId, householdId: null, ownerId: null });
  }

  /** Adds a meal slot. */
  async mealSlot(s: MealSlot): Promise<void> {
    if (await this.exists('meal_slots', s.id)) return;
    await insertMealSlot(this.trx, s);
    await this.record(this.trx, { entity: 'mealSlot', id: s.id, communityId: s.communityId, householdId: null, ownerId: null });
  }
}
