import type { Kysely, Transaction } from 'kysely';
import type { SessionEndReason } from '../../shared/session-end';
import type { Database } from '../db/schema';
import type { LoginCodeTable, LoginThrottleTable, SessionTable } from './auth.table';

type Db = Kysely<Database> | Transaction<Database>;

/** The limits a code request is claimed against (instants as ISO strings). */
export interface SendLimits {
  /** The request's instant. */
  now: string;
  /** A phone last sent a code at or before this may have another (now less the resend gap). */
  resendBefore: string;
  /** A window started at or before this is over and a new one starts (now less an hour). */
  windowBefore: string;
  /** Most codes in one window. */
  maxPerWindow: number;
}

/**
 * Claims the right to send a phone a code, in one conditional upsert: true if the phone was sent
 * nothing within the resend gap and fewer than the most per window. Two requests at once cannot
 * both pass: the second meets the row the first wrote (a row lock on PostgreSQL).
 */
export async function claimCodeSend(db: Db, phone: string, limits: SendLimits): Promise<boolean> {
  const claimed = await db.insertInto('login_throttles')
    .values({ phone, last_sent_at: limits.now, window_started_at: limits.now, sent_in_window: 1 })
    .onConflict((oc) => oc.column('phone')
      .doUpdateSet((eb) => {
        const windowOver = eb('login_throttles.window_started_at', '<=', limits.windowBefore);
        return {
          last_sent_at: eb.ref('excluded.last_sent_at'),
          window_started_at: eb.case().when(windowOver).then(eb.ref('excluded.window_started_at'))
            .else(eb.ref('login_throttles.window_started_at')).end(),
          sent_in_window: eb.case().when(windowOver).then(eb.lit(1))
            .else(eb('login_throttles.sent_in_window', '+', 1)).end(),
        };
      })
      .where((eb) => eb.and([
        eb('login_throttles.last_sent_at', '<=', limits.resendBefore),
        eb.or([
          eb('login_throttles.window_started_at', '<=', limits.windowBefore),
          eb('login_throttles.sent_in_window', '<', limits.maxPerWindow),
        ]),
      ])))
    .returning('phone')
    .executeTakeFirst();
  return claimed !== undefined;
}

/** Gives back a claimed send that never reached the phone, so the person may ask again at once. */
export async function releaseCodeSend(db: Db, phone: string): Promise<void> {
  await db.updateTable('login_throttles')
    .set((eb) => ({
      last_sent_at: '1970-01-01T00:00:00.000Z',
      sent_in_window: eb.case().when('sent_in_window', '>', 0).then(eb('sent_in_window', '-', 1)).else(0).end(),
    }))
    .where('phone', '=', phone).execute();
}

/** The throttle row of a phone, to say why a claim failed. */
export async function findThrottle(db: Db, phone: string): Promise<LoginThrottleTable | undefined> {
  return db.selectFrom('login_throttles').selectAll().where('phone', '=', phone).executeTakeFirst();
}

/** Makes a code the phone's one live code, replacing any older one in the same statement. */
export async function replaceLoginCode(db: Db, row: LoginCodeTable): Promise<void> {
  const { phone, ...rest } = row;
  await db.insertInto('login_codes').values(row)
    .onConflict((oc) => oc.column('phone').doUpdateSet(rest)).execute();
}

/** The live code of a phone, whatever its state. */
export async function findLoginCode(db: Db, phone: string): Promise<LoginCodeTable | undefined> {
  return db.selectFrom('login_codes').selectAll().where('phone', '=', phone).executeTakeFirst();
}

/**
 * Counts one try against a phone's code, in the statement that checks it may still be tried
 * (unused, unexpired, fewer than maxAttempts tries): so however many tries arrive at once, at
 * most maxAttempts are ever judged. Returns the code to judge against, or undefined.
 */
export async function countCodeTry(
  db: Db, phone: string, at: string, maxAttempts: number,
): Promise<Pick<LoginCodeTable, 'id' | 'code_hash' | 'attempts'> | undefined> {
  return db.updateTable('login_codes').set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('phone', '=', phone).where('used', '=', 0).where('attempts', '<', maxAttempts).where('expires_at', '>', at)
    .returning(['id', 'code_hash', 'attempts']).executeTakeFirst();
}

/** Spends a code so it cannot log in twice; false if another try spent it first. */
export async function spendCode(db: Db, id: string): Promise<boolean> {
  const spent = await db.updateTable('login_codes').set({ used: 1 }).where('id', '=', id).where('used', '=', 0)
    .returning('id').executeTakeFirst();
  return spent !== undefined;
}

/** Stores a session by its token hash, with its public id and device. */
export async function insertSession(
  db: Db, s: { tokenHash: string; id: string; device: string | null; userId: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db.insertInto('sessions').values({
    token_hash: s.tokenHash, id: s.id, device: s.device, user_id: s.userId, created_at: s.createdAt, expires_at: s.expiresAt,
  }).execute();
}

/** The user and public id of a session that has neither expired at an instant nor been ended. */
export async function findSession(
  db: Db, tokenHash: string, at: string,
): Promise<{ userId: string; id: string; expiresAt: string } | undefined> {
  const row = await db.selectFrom('sessions').select(['user_id', 'id', 'expires_at'])
    .where('token_hash', '=', tokenHash).where('expires_at', '>', at).where('ended_at', 'is', null).executeTakeFirst();
  return row && { userId: row.user_id, id: row.id, expiresAt: row.expires_at };
}

/** Moves a live session's expiry (a session in use is renewed). */
export async function renewSession(db: Db, id: string, expiresAt: string): Promise<void> {
  await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).where('ended_at', 'is', null).execute();
}

/** Why a token's session no longer holds: the reason it was ended, 'expired', or undefined if unknown (purged, logged out). */
export async function findEndReason(db: Db, tokenHash: string, at: string): Promise<string | undefined> {
  const row = await db.selectFrom('sessions').select(['end_reason', 'expires_at'])
    .where('token_hash', '=', tokenHash).executeTakeFirst();
  if (!row) return undefined;
  return row.end_reason ?? (row.expires_at <= at ? 'expired' : undefined);
}

/** A person's live sessions, newest first. */
export async function listSessions(db: Db, userId: string, at: string): Promise<Pick<SessionTable, 'id' | 'device' | 'created_at' | 'expires_at'>[]> {
  return db.selectFrom('sessions').select(['id', 'device', 'created_at', 'expires_at'])
    .where('user_id', '=', userId).where('expires_at', '>', at).where('ended_at', 'is', null).orderBy('created_at', 'desc').execute();
}

/** How a session is marked ended, with the instant and the reason. */
export interface SessionEnd {
  at: string;
  reason: SessionEndReason;
}

/** Ends one live session of a person; false if they have none by that id. */
export async function endSessionOf(db: Db, userId: string, id: string, end: SessionEnd): Promise<boolean> {
  const result = await db.updateTable('sessions').set({ ended_at: end.at, end_reason: end.reason })
    .where('user_id', '=', userId).where('id', '=', id).where('ended_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Ends every live session of a person but one (or all); returns how many ended. */
export async function endSessionsOf(db: Db, userId: string, exceptId: string | null, end: SessionEnd): Promise<number> {
  let query = db.updateTable('sessions').set({ ended_at: end.at, end_reason: end.reason })
    .where('user_id', '=', userId).where('ended_at', 'is', null);
  if (exceptId !== null) query = query.where('id', '!=', exceptId);
  return Number((await query.executeTakeFirst()).numUpdatedRows);
}

/** Ends a session for good (logging out: the person chose, so there is nothing to tell). */
export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}
