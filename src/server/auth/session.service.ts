import type { Kysely } from 'kysely';
import type { SessionInfo } from '../../shared/auth';
import type { Actor } from '../../shared/member';
import type { Database } from '../db/schema';
import { streetOfficeCommunityIds } from '../community/community.repository';
import { findMemberWithPhone } from '../member/member.repository';
import { findSession } from './auth.repository';

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
  return { id: user.id, role: user.role, communityId: user.communityId, householdId: user.householdId, communityIds };
}

/** The session behind a token hash (who, and its public id), or undefined if it is unknown or expired. */
export async function authenticate(
  db: Kysely<Database>, tokenHash: string, now: Date,
): Promise<{ info: SessionInfo; sessionId: string } | undefined> {
  const session = await findSession(db, tokenHash, now.toISOString());
  const info = session && (await loadSessionInfo(db, session.userId));
  return session && info ? { info, sessionId: session.id } : undefined;
}
