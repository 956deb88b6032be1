import type { Actor, Member } from './member';
import { reject, type Rejection } from './rejection';
import { ageOn } from './time';

/**
 * Decides whether a resident may add a household member without a login (a child, a parent
 * without a phone): only into their own household, with a birth date that is not in the future.
 */
export function checkAddHouseholdMember(actor: Actor, birthDate: string, today: string): Rejection | null {
  if (actor.householdId === null) return reject('FORBIDDEN', ['memberId'], 'you have no household to add people to');
  if (birthDate > today || ageOn(birthDate, today) > 120) return reject('INVALID', ['birthDate'], 'this birth date is not possible');
  return null;
}

/** The member row a household member without a login becomes, identical on client and server. */
export function makeHouseholdMember(actor: Actor, args: { memberId: string; name: string; birthDate: string }): Member {
  return {
    id: args.memberId, communityId: actor.communityId, householdId: actor.householdId, name: args.name,
    role: 'resident', birthDate: args.birthDate, ageVerified: false, groups: [], hasLogin: false,
  };
}
