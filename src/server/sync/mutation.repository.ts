import type { Kysely, Transaction } from 'kysely';
import type { MutationResult } from '../../shared/sync/protocol';
import type { Database } from '../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** A mutation already applied or rejected, with whose it was. */
export interface RecordedMutation {
  userId: string;
  result: MutationResult;
}

/** Looks a mutation id up in the journal. */
export async function findRecordedMutation(db: Db, id: string): Promise<RecordedMutation | undefined> {
  const row = await db.selectFrom('mutations').select(['user_id', 'result']).where('id', '=', id).executeTakeFirst();
  return row && { userId: row.user_id, result: JSON.parse(row.result) as MutationResult };
}

/** Journals a mutation's result so a replay returns it unchanged. */
export async function recordMutation(
  db: Db,
  m: { id: string; userId: string; name: string; result: MutationResult; createdAt: string },
): Promise<void> {
  await db.insertInto('mutations').values({
    id: m.id, user_id: m.userId, name: m.name, result: JSON.stringify(m.result), created_at: m.createdAt,
  }).execute();
}
