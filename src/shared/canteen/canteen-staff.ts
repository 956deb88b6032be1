import type { Actor } from '../member';
import { isStaffRole } from '../role';
import { reject, type Rejection } from '../rejection';

/**
 * Whether an actor runs a canteen: staff (or the street office's administrators) of the
 * canteen's community. Every menu, seat and price change asks this first, on both sides; staff of
 * another community are refused, whatever their role there.
 */
export function checkCanteenStaff(actor: Actor, communityId: string, field: string): Rejection | null {
  if (isStaffRole(actor.role) && actor.communityIds.includes(communityId)) return null;
  return reject('FORBIDDEN', [field], 'only staff of this canteen’s community may change it');
}

/** Whether the actor may run a canteen of the community (to show the editor at all). */
export function runsCanteen(actor: Actor, communityId: string): boolean {
  return checkCanteenStaff(actor, communityId, 'canteenId') === null;
}
