import type { Kysely } from 'kysely';
import type { SessionInfo } from '../../shared/auth';
import type { Actor } from '../../shared/member';
import type { Database } from '../db/schema';
import { streetOfficeCommunityIds } from '../community/community.repository';
import { findMemberWithPhone } from '../member/member.repository';
import { findEndReason, findSession } from './auth.repository';

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

/** What a token comes to: a live session (who, and its public id), or why it holds no longer (undefined: unknown). */
export type Authentication = { info: SessionInfo; sessionId: string } | { endReason: string | undefined };

/** The session behind a token hash, or why there is none (ended, with the reason; expired; unknown). */
export async function authenticate(db: Kysely<Database>, tokenHash: string, now: Date): Promise<Authentication> {
  const session = await findSession(db, tokenHash, now.toISOString());
  const info = session && (await loadSessionInfo(db, session.userId));
  if (session && info) return { info, sessionId: session.id };
  return { endReason: await findEndReason(db, tokenHash, now.toISOString()) };
}
