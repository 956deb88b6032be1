import type { Actor, Member } from '../member';
import { reject, type Rejection } from '../rejection';
import { isStaffRole } from '../role';

/** Staff (or an administrator) serving a community may register its residents and attach their phones. */
export function checkServesCommunity(actor: Actor, communityId: string, field: string): Rejection | null {
  if (isStaffRole(actor.role) && actor.communityIds.includes(communityId)) return null;
  return reject('FORBIDDEN', [field], 'only staff of this community may do this');
}

/** The household a resident registered by staff starts in: their own, so a child can link them later. */
export function ownHouseholdId(memberId: string): string {
  return `hh-${memberId}`;
}

/**
 * The member row of a resident staff register at the office, identical on client and server: no
 * phone (hasLogin false), a household of their own, and the birth date as checked on their ID card.
 */
export function makeRegisteredResident(args: { memberId: string; communityId: string; name: string; birthDate: string | null }): Member {
  return {
    id: args.memberId, communityId: args.communityId, householdId: ownHouseholdId(args.memberId), name: args.name, role: 'resident',
    birthDate: args.birthDate, ageVerified: args.birthDate !== null, groups: [], hasLogin: false,
  };
}
