import type { Kysely } from 'kysely';
import type { SessionSummary } from '../../shared/auth';
import { actorFor, type Actor } from '../../shared/member';
import { isStaffRole } from '../../shared/role';
import type { Database } from '../db/schema';
import { ApiError } from '../http/api-error';
import { findMember } from '../member/member.repository';
import { endSessionOf, endSessionsOf, listSessions } from './auth.repository';

/** A person's live sessions (their phones and browsers), the one asking marked as current. */
export async function sessionsOf(db: Kysely<Database>, actor: Actor, currentId: string | null, now: Date): Promise<SessionSummary[]> {
  const rows = await listSessions(db, actor.id, now.toISOString());
  return rows.map((r) => ({ id: r.id, device: r.device, createdAt: r.created_at, expiresAt: r.expires_at, current: r.id === currentId }));
}

/**
 * Ends one of the actor's own sessions, e.g. a phone left at the canteen. That phone's next call
 * answers 401 with the reason endedByUser; its queued work stays on it and is sent after the same
 * person logs in again.
 */
export async function endOwnSession(db: Kysely<Database>, actor: Actor, sessionId: string, now: Date): Promise<number> {
  if (!(await endSessionOf(db, actor.id, sessionId, { at: now.toISOString(), reason: 'endedByUser' }))) throw new ApiError(404, 'NOT_FOUND', 'no such session of yours');
  return 1;
}

/**
 * Ends every session of a person: one's own other sessions (the current one stays), or, by staff
 * serving the person's community, all of theirs (a lost phone reported at the office).
 */
export async function endSessionsOfPerson(
  db: Kysely<Database>, actor: Actor, userId: string, currentId: string | null, now: Date,
): Promise<number> {
  const at = now.toISOString();
  if (userId === actor.id) return endSessionsOf(db, userId, currentId, { at, reason: 'endedByUser' });
  const person = await findMember(db, userId);
  // logging a resident's phones out is account work: staff limited to one service do not do it
  const asStaff = actorFor(actor, 'accounts');
  if (!person || !isStaffRole(asStaff.role) || !asStaff.communityIds.includes(person.communityId)) {
    throw new ApiError(403, 'FORBIDDEN', 'only staff of their community may end someone’s sessions');
  }
  return endSessionsOf(db, userId, null, { at, reason: 'endedByStaff' });
}
