import type { Kysely, Transaction } from 'kysely';
import type { Community } from '../../shared/community';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Loads communities by id with their street office's name, as clients see them. */
export async function findCommunities(db: Db, ids: readonly string[]): Promise<Community[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('communities')
    .innerJoin('street_offices', 'street_offices.id', 'communities.street_office_id')
    .select(['communities.id as id', 'communities.name as name', 'street_offices.name as streetOffice'])
    .where('communities.id', 'in', ids)
    .execute();
  return rows;
}

/** Ids of every community of the street office that a community belongs to. */
export async function streetOfficeCommunityIds(db: Db, communityId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('communities as c')
    .innerJoin('communities as mine', 'mine.street_office_id', 'c.street_office_id')
    .select('c.id')
    .where('mine.id', '=', communityId)
    .orderBy('c.id')
    .execute();
  return rows.map((r) => r.id);
}

/** Whether any community exists yet (an empty database gets the demo seed). */
export async function hasCommunities(db: Db): Promise<boolean> {
  const row = await db.selectFrom('communities').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Inserts a street office (seed and fixtures). */
export async function insertStreetOffice(db: Db, row: { id: string; name: string }): Promise<void> {
  await db.insertInto('street_offices').values(row).execute();
}

/** Inserts a community under a street office (seed and fixtures). */
export async function insertCommunity(db: Db, row: { id: string; streetOfficeId: string; name: string }): Promise<void> {
  await db.insertInto('communities').values({ id: row.id, street_office_id: row.streetOfficeId, name: row.name }).execute();
}

/** Inserts a household (seed and fixtures). */
export async function insertHousehold(db: Db, row: { id: string; communityId: string; name: string }): Promise<void> {
  await db.insertInto('households').values({ id: row.id, community_id: row.communityId, name: row.name }).execute();
}
