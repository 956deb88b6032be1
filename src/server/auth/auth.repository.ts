import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { LoginCodeTable } from './auth.table';

type Db = Kysely<Database> | Transaction<Database>;

/** Inserts a freshly sent login code. */
export async function insertLoginCode(db: Db, row: LoginCodeTable): Promise<void> {
  await db.insertInto('login_codes').values(row).execute();
}

/** Creation times of the codes sent to a phone since an instant, newest first (for the rate limit). */
export async function codesSentSince(db: Db, phone: string, since: string): Promise<string[]> {
  const rows = await db.selectFrom('login_codes').select('created_at')
    .where('phone', '=', phone).where('created_at', '>=', since).orderBy('created_at', 'desc').execute();
  return rows.map((r) => r.created_at);
}

/** The newest code sent to a phone, live or not. */
export async function latestLoginCode(db: Db, phone: string): Promise<LoginCodeTable | undefined> {
  return db.selectFrom('login_codes').selectAll().where('phone', '=', phone)
    .orderBy('created_at', 'desc').limit(1).executeTakeFirst();
}

/** Counts a wrong attempt against a code and returns the new count. */
export async function countWrongAttempt(db: Db, id: string): Promise<number> {
  const row = await db.updateTable('login_codes').set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id).returning('attempts').executeTakeFirstOrThrow();
  return row.attempts;
}

/** Spends a code so it cannot log in twice. */
export async function markCodeUsed(db: Db, id: string): Promise<void> {
  await db.updateTable('login_codes').set({ used: 1 }).where('id', '=', id).execute();
}

/** Forgets codes older than an instant (beyond the rate-limit window). */
export async function deleteCodesBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_codes').where('created_at', '<', before).execute();
}

/** Stores a session by its token hash. */
export async function insertSession(db: Db, s: { tokenHash: string; userId: string; createdAt: string; expiresAt: string }): Promise<void> {
  await db.insertInto('sessions').values({
    token_hash: s.tokenHash, user_id: s.userId, created_at: s.createdAt, expires_at: s.expiresAt,
  }).execute();
}

/** The user of a session that has not expired at an instant. */
export async function findSessionUser(db: Db, tokenHash: string, at: string): Promise<string | undefined> {
  const row = await db.selectFrom('sessions').select('user_id')
    .where('token_hash', '=', tokenHash).where('expires_at', '>', at).executeTakeFirst();
  return row?.user_id;
}

/** Ends a session. */
export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}
