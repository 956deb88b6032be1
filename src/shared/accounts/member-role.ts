import type { Actor, Member } from '../member';
import { reject, type Rejection } from '../rejection';
import { isStaffRole, type Role } from '../role';

/**
 * Who may change a person's role: an administrator of the street office, any role of anyone in
 * its communities; staff of the community, only between resident and volunteer. Nobody changes
 * their own. A limit to one service (`staffOf`, a registered service) goes with the staff role only.
 */
export function checkSetRole(
  actor: Actor, member: Pick<Member, 'id' | 'communityId' | 'role'>, change: { role: Role; staffOf: string | null }, services: readonly string[],
): Rejection | null {
  if (member.id === actor.id) return reject('FORBIDDEN', ['memberId'], 'one’s own role is changed by someone else');
  if (!isStaffRole(actor.role) || !actor.communityIds.includes(member.communityId)) {
    return reject('FORBIDDEN', ['memberId'], 'only staff of this person’s community may change their role');
  }
  if (actor.role !== 'admin' && (isStaffRole(member.role) || isStaffRole(change.role))) {
    return reject('FORBIDDEN', ['role'], 'only an administrator of the street office gives or takes staff roles');
  }
  if (change.staffOf !== null && (change.role !== 'staff' || !services.includes(change.staffOf))) {
    return reject('INVALID', ['staffOf'], 'a limit to one service goes with the staff role, and names a service');
  }
  return null;
}

/** A member as a role change leaves them. */
export function withRole<M extends Member>(member: M, change: { role: Role; staffOf: string | null }): M {
  const { staffOf: _dropped, ...rest } = member;
  return { ...rest, role: change.role, ...(change.staffOf ? { staffOf: change.staffOf } : {}) } as M;
}
