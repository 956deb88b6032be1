import type { Transaction } from 'kysely';
import type { EntityName } from '../../shared/sync/entities';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import type { SyncRowTable } from './sync.table';

/** The live sync_rows entries of some rows of one entity. */
export async function liveEntries(trx: Transaction<Database>, entity: EntityName, ids: readonly string[]): Promise<SyncRowTable[]> {
  if (ids.length === 0) return [];
  return trx.selectFrom('sync_rows').selectAll().where('entity', '=', entity).where('entity_id', 'in', ids).where('deleted', '=', 0).execute();
}

/**
 * Records rows anew with the scope their entries hold, or under another household: every phone
 * that may see them receives them again at its next pull (after an edit made outside a handler,
 * or a move to another household).
 */
export async function rerecordEntries(
  trx: Transaction<Database>, record: ChangeRecorder, entries: readonly SyncRowTable[], household?: { householdId: string | null },
): Promise<void> {
  for (const e of entries) {
    await record(trx, {
      // entity names come from sync_rows, which only ever holds synced entities
      entity: e.entity as EntityName, id: e.entity_id, communityId: e.community_id,
      householdId: household ? household.householdId : e.household_id, ownerId: e.owner_id, audience: e.audience, granteeId: e.grantee_id,
    });
  }
}
