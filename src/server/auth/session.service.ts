import type { Kysely } from 'kysely';
import type { SessionInfo } from '../../shared/auth';
import type { Actor } from '../../shared/member';
import type { Database } from '../db/schema';
import { streetOfficeCommunityIds } from '../community/community.repository';
import { findMemberWithPhone } from '../member/member.repository';
import { findEndReason, findSession, renewSession } from './auth.repository';
import { SESSION_DAYS } from './login-limits';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who a user is and which communities' rows they receive: an administrator's whole street office. */
export async function loadSessionInfo(db: Kysely<Database>, userId: string): Promise<SessionInfo | undefined> {
  const user = await findMemberWithPhone(db, userId);
  if (!user) return undefined;
  const communityIds = user.role === 'admin' ? await streetOfficeCommunityIds(db, user.communityId) : [user.communityId];
  return { user, communityIds };
}

/** The acting user of a session, from its SessionInfo. */
export function actorOf(info: SessionInfo): Actor {
  const { user, communityIds } = info;
  return {
    id: user.id, role: user.role, communityId: user.communityId, householdId: user.householdId, communityIds,
    ...(user.staffOf ? { staffOf: user.staffOf } : {}),
  };
}

/**
 * What a token comes to: a live session (who, its public id, and whether this call renewed it), or
 * why it holds no longer (undefined: unknown).
 */
export type Authentication = { info: SessionInfo; sessionId: string; renewed: boolean } | { endReason: string | undefined };

/**
 * The session behind a token hash, or why there is none (ended, with the reason; expired; unknown).
 * A session in use lasts SESSION_DAYS from its last use, not from its login, so an elder's phone
 * used once a month is never logged out; it is renewed at most once a day, to spare the writes.
 */
export async function authenticate(db: Kysely<Database>, tokenHash: string, now: Date): Promise<Authentication> {
  const session = await findSession(db, tokenHash, now.toISOString());
  const info = session && (await loadSessionInfo(db, session.userId));
  if (!session || !info) return { endReason: await findEndReason(db, tokenHash, now.toISOString()) };
  const renewed = Date.parse(session.expiresAt) - now.getTime() < (SESSION_DAYS - 1) * DAY_MS;
  if (renewed) await renewSession(db, session.id, new Date(now.getTime() + SESSION_DAYS * DAY_MS).toISOString());
  return { info, sessionId: session.id, renewed };
}
