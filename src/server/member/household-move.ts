import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import { rerecordEntries } from '../sync/rerecord';

/**
 * Moves a person into a household (or out of any, with null) inside a write transaction: their
 * member row, and every private row they own (bookings, sign-ups, requests for help), is recorded
 * anew under the household, so its members' phones receive them at the next pull. The person's
 * own phones start over (their scope key holds the household, see sync-scope.ts).
 */
export async function moveToHousehold(trx: Transaction<Database>, record: ChangeRecorder, memberId: string, householdId: string | null): Promise<void> {
  const member = await trx.selectFrom('users').select(['community_id']).where('id', '=', memberId).executeTakeFirstOrThrow();
  await trx.updateTable('users').set({ household_id: householdId }).where('id', '=', memberId).execute();
  await record(trx, { entity: 'member', id: memberId, communityId: member.community_id, householdId, ownerId: memberId });
  const owned = await trx.selectFrom('sync_rows').selectAll()
    .where('owner_id', '=', memberId).where('deleted', '=', 0).where('entity', '!=', 'member').execute();
  await rerecordEntries(trx, record, owned, { householdId });
}
