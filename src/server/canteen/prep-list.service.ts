import type { Kysely } from 'kysely';
import { buildPrepList, type PrepList } from '../../shared/canteen/prep-list';
import { isCanteenStaffOf } from '../../shared/canteen/meal-serving';
import type { Actor } from '../../shared/member';
import type { Database } from '../db/schema';
import { ApiError } from '../http/api-error';
import { findMembers } from '../member/member.repository';
import { findDishes, findMealSlots } from './canteen.repository';
import { findConfirmedBookingsOfSlot, findDietNotes, findMemberIdsByPhoneTail } from './counter.repository';

/**
 * The 备餐单 of a meal from the server's rows: its confirmed bookings as they stand now, however
 * late a phone's offline booking arrived. Only the canteen's staff may read it (it names diners
 * and their diet notes): 404 NOT_FOUND for no such meal, 403 FORBIDDEN for anyone else.
 */
export async function loadPrepList(db: Kysely<Database>, actor: Actor, slotId: string): Promise<PrepList> {
  const [slot] = await findMealSlots(db, [slotId]);
  if (!slot) throw new ApiError(404, 'NOT_FOUND', 'no such meal');
  if (!isCanteenStaffOf(actor, slot.communityId)) throw new ApiError(403, 'FORBIDDEN', 'only staff of this canteen read its prep list');
  const bookings = await findConfirmedBookingsOfSlot(db, slot.id);
  const dinerIds = [...new Set(bookings.map((b) => b.dinerId))];
  const [dishes, dietNotes, diners] = await Promise.all([findDishes(db, slot.dishIds), findDietNotes(db, dinerIds), findMembers(db, dinerIds)]);
  const names = new Map(diners.map((m) => [m.id, m.name]));
  return buildPrepList({ slot, dishes, bookings, dietNotes, nameOf: (id) => names.get(id) ?? '' });
}

/**
 * Staff at the counter look a diner up by the last four digits of their phone. Phone numbers
 * never travel in synced rows, so this asks the server (online only): the ids of the members of
 * the communities the staff serve whose phone ends so. 403 FORBIDDEN for anyone but staff.
 */
export async function lookUpPhoneTail(db: Kysely<Database>, actor: Actor, tail: string): Promise<string[]> {
  const served = actor.communityIds.filter((id) => isCanteenStaffOf(actor, id));
  if (served.length === 0) throw new ApiError(403, 'FORBIDDEN', 'only canteen staff look diners up');
  return findMemberIdsByPhoneTail(db, served, tail);
}
