import * as v from 'valibot';
import { dateSchema, idSchema, instantSchema } from '../validation';
import { canActFor, type Actor, type Member } from '../member';
import { reject, type Rejection } from '../rejection';
import { addDays, isoWeekday } from '../time';
import type { Canteen } from './canteen';
import { standingOrderFields } from './counter-fields';

/**
 * A standing order (长期订餐): e.g. lunch Monday to Friday, dine-in, for an elder. The server's
 * job books each of its days before that day's cut-off; it may be paused from a date and resumed
 * on one. Private like a booking: the diner's household and the canteen's staff see it.
 */
export const standingOrderSchema = v.object({
  id: idSchema,
  communityId: idSchema,
  householdId: v.nullable(idSchema),
  ...standingOrderFields,
  /** No days from this date … */
  pausedFrom: v.nullable(dateSchema),
  /** … until this one (exclusive); null while paused with no end. */
  resumeOn: v.nullable(dateSchema),
  ended: v.boolean(),
  createdById: idSchema,
  createdAt: instantSchema,
});
export type StandingOrder = v.InferOutput<typeof standingOrderSchema>;

/** How many days ahead the job books (it runs hourly; a day is booked as soon as its menu is out). */
export const STANDING_DAYS_AHEAD = 7;

/** Whether the order's pause covers a date. */
export function isPausedOn(order: Pick<StandingOrder, 'pausedFrom' | 'resumeOn'>, date: string): boolean {
  return order.pausedFrom !== null && date >= order.pausedFrom && (order.resumeOn === null || date < order.resumeOn);
}

/**
 * The dates from `from` to `to` (inclusive) on which the order wants a meal: on or after its
 * start, on one of its weekdays, outside its pause; none once it has ended.
 */
export function standingOrderDates(
  order: Pick<StandingOrder, 'weekdays' | 'startDate' | 'pausedFrom' | 'resumeOn' | 'ended'>,
  from: string,
  to: string,
): string[] {
  if (order.ended) return [];
  const dates: string[] = [];
  for (let d = from < order.startDate ? order.startDate : from; d <= to; d = addDays(d, 1)) {
    if (order.weekdays.includes(isoWeekday(d)) && !isPausedOn(order, d)) dates.push(d);
  }
  return dates;
}

/**
 * The id of the booking the job makes for one day of an order. Derived, so a second run (or a
 * second server) finds it and books nothing, and a day the family cancelled, whose booking stays
 * as cancelled, is never booked again.
 */
export function standingBookingId(orderId: string, date: string): string {
  return `so-${orderId}-${date}`;
}

/** Whether a booking was made by a standing order (我的预订 says so). */
export function isStandingBooking(bookingId: string): boolean {
  return bookingId.startsWith('so-');
}

/** The diner, their household or the canteen's staff keep a standing order, for a canteen of the diner's community. */
export function checkSaveStandingOrder(
  actor: Actor,
  diner: Pick<Member, 'id' | 'householdId' | 'communityId'>,
  canteen: Pick<Canteen, 'communityId'>,
): Rejection | null {
  if (!canActFor(actor, diner)) return reject('FORBIDDEN', ['dinerId'], 'you may not order for this person');
  if (canteen.communityId !== diner.communityId) return reject('FORBIDDEN', ['canteenId'], 'this canteen is not in the diner\'s community');
  return null;
}

/** Decides a change to an existing order: by whoever may keep it, while it has not ended. */
export function checkChangeStandingOrder(
  actor: Actor,
  order: Pick<StandingOrder, 'dinerId' | 'householdId' | 'communityId' | 'ended'>,
): Rejection | null {
  if (!canActFor(actor, { id: order.dinerId, householdId: order.householdId, communityId: order.communityId })) {
    return reject('FORBIDDEN', ['orderId'], 'you may not change this standing order');
  }
  if (order.ended) return reject('ALREADY_CANCELLED', ['orderId'], 'this standing order has ended');
  return null;
}

/** A pause starts today or later and, if it has an end, ends after it starts. */
export function checkPause(from: string, resumeOn: string | null, today: string): Rejection | null {
  if (from < today) return reject('INVALID', ['from'], 'a pause cannot start in the past');
  if (resumeOn !== null && resumeOn <= from) return reject('INVALID', ['resumeOn'], 'the order resumes after the pause starts');
  return null;
}

/** A resumption is for a paused order, today or later. */
export function checkResume(order: Pick<StandingOrder, 'pausedFrom'>, on: string, today: string): Rejection | null {
  if (order.pausedFrom === null) return reject('INVALID', ['orderId'], 'this standing order is not paused');
  if (on < today) return reject('INVALID', ['on'], 'an order cannot resume in the past');
  return null;
}

/** The pause after resuming on a date: gone if that is before the pause begins, else ending then. */
export function resumedPause(order: Pick<StandingOrder, 'pausedFrom'>, on: string): Pick<StandingOrder, 'pausedFrom' | 'resumeOn'> {
  if (order.pausedFrom === null || on <= order.pausedFrom) return { pausedFrom: null, resumeOn: null };
  return { pausedFrom: order.pausedFrom, resumeOn: on };
}
