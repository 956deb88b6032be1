import { sql, type Kysely, type Transaction } from 'kysely';
import type { EntityName } from '../../shared/sync/entities';
import type { Database } from './schema';

/** A row that changed in a write transaction, and who may see it. */
export interface ChangeRecord {
  entity: EntityName;
  id: string;
  communityId: string;
  /** Household of a private row (a booking's diner, a member); null for community-wide rows. */
  householdId: string | null;
  /** Person a private row belongs to; null for community-wide rows. */
  ownerId: string | null;
  deleted?: boolean;
  /** Narrows a row to community members of this role (plus staff, owner and household). */
  audience?: string | null;
  /**
   * One more person who may see a private row. Entities that use grants always pass it (null
   * for none): when it replaces an earlier grantee, that person is sent a tombstone.
   */
  granteeId?: string | null;
}

/** Records a change under the write lock and returns its fresh version. */
export type ChangeRecorder = (trx: Transaction<Database>, change: ChangeRecord) => Promise<number>;

/** The next version of the global counter (the caller holds the write lock). */
async function nextVersion(trx: Transaction<Database>): Promise<number> {
  const { version } = await trx
    .updateTable('sync_state')
    .set({ version: sql`version + 1` })
    .where('id', '=', 1)
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(version);
}

/**
 * When a row's grantee changes, the former one no longer matches the row's scope and would
 * never hear of it again: a revocation (at a fresh version) makes their next pull send a
 * tombstone, unless they can still see the row some other way (pull checks).
 */
async function revokeFormerGrantee(trx: Transaction<Database>, change: ChangeRecord, granteeId: string | null): Promise<void> {
  const before = await trx.selectFrom('sync_rows').select('grantee_id')
    .where('entity', '=', change.entity).where('entity_id', '=', change.id).executeTakeFirst();
  const former = before?.grantee_id ?? null;
  if (former === null || former === granteeId) return;
  const version = await nextVersion(trx);
  await trx.insertInto('sync_revocations')
    .values({ entity: change.entity, entity_id: change.id, viewer_id: former, version })
    .onConflict((oc) => oc.columns(['entity', 'entity_id', 'viewer_id']).doUpdateSet({ version }))
    .execute();
}

/** What a write transaction produced, and which communities' clients to poke after commit. */
export interface WriteOutcome<T> {
  value: T;
  communityIds: string[];
}

/**
 * Runs fn in a transaction that first takes the global write lock (a row lock on sync_state on
 * PostgreSQL; SQLite's single connection already serialises). Versions handed out under the lock
 * increase in commit order, so a pull cursor never skips a change committed later.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  fn: (trx: Transaction<Database>, recordChange: ChangeRecorder) => Promise<T>,
): Promise<WriteOutcome<T>> {
  const touched = new Set<string>();
  const recordChange: ChangeRecorder = async (trx, change) => {
    const entry = {
      version: await nextVersion(trx),
      community_id: change.communityId,
      household_id: change.householdId,
      owner_id: change.ownerId,
      deleted: change.deleted ? 1 : 0,
      audience: change.audience ?? null,
      grantee_id: change.granteeId ?? null,
    };
    if (change.granteeId !== undefined) await revokeFormerGrantee(trx, change, entry.grantee_id);
    await trx
      .insertInto('sync_rows')
      .values({ entity: change.entity, entity_id: change.id, ...entry })
      .onConflict((oc) => oc.columns(['entity', 'entity_id']).doUpdateSet(entry))
      .execute();
    touched.add(change.communityId);
    return entry.version;
  };
  const value = await db.transaction().execute(async (trx) => {
    await trx.updateTable('sync_state').set({ version: sql`version` }).where('id', '=', 1).execute();
    return fn(trx, recordChange);
  });
  return { value, communityIds: [...touched] };
}
