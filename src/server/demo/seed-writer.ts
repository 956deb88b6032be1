import type { Transaction } from 'kysely';
import type { Member } from '../../shared/member';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import { insertCommunity, insertHousehold, insertStreetOffice } from '../community/community.repository';
import { insertMember } from '../member/member.repository';

/** A table whose rows have an id: what a seed may look up before inserting. */
type Table = { [T in keyof Database]: Database[T] extends { id: string } ? T : never }[keyof Database];

/**
 * Inserts reference rows that are missing and records them for sync, so seeding twice changes
 * nothing and a seeded row reaches clients like any other change. Used by the demo seed and by
 * test fixtures.
 */
export class SeedWriter {
  constructor(
    protected readonly trx: Transaction<Database>,
    protected readonly record: ChangeRecorder,
    protected readonly createdAt: string,
  ) {}

  protected async exists(table: Table, id: string): Promise<boolean> {
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
}
