import type { SessionInfo } from '../../shared/auth';
import type { Actor } from '../../shared/member';

/** The Actor the shared rules judge, built from the stored session (so it works offline). */
export function actorOf(session: SessionInfo): Actor {
  const { user } = session;
  return {
    id: user.id,
    role: user.role,
    communityId: user.communityId,
    householdId: user.householdId,
    communityIds: session.communityIds,
    ...(user.staffOf ? { staffOf: user.staffOf } : {}),
  };
}
