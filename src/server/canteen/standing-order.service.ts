import { isPastCutoff } from '../../shared/canteen/meal-slot';
import {
  checkChangeStandingOrder, checkPause, checkResume, checkSaveStandingOrder, isPausedOn, resumedPause, type StandingOrder,
} from '../../shared/canteen/standing-order';
import { RejectionError, refuse } from '../../shared/rejection';
import { shanghaiDate } from '../../shared/time';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import { findMember } from '../member/member.repository';
import type { MutationContext, MutationHandler } from '../sync/mutation-context';
import { adjustSeatsTaken, findCanteens } from './canteen.repository';
import { deleteBooking, findStandingBookingsFrom, findStandingOrders, insertStandingOrder, updateStandingOrder } from './counter.repository';
import { recordMealSlot } from './canteen-changes';
import { recordDelivery } from './delivery-recorder';

/** Records an order privately: the diner (owner), their household and the canteen's staff. */
export async function recordStandingOrder(trx: Transaction<Database>, record: ChangeRecorder, o: StandingOrder): Promise<void> {
  await record(trx, { entity: 'standingOrder', id: o.id, communityId: o.communityId, householdId: o.householdId, ownerId: o.dinerId });
}

/**
 * Withdraws the bookings the job made for an order's days that it no longer wants (paused or
 * ended) and whose cut-off has not passed: the rows go, so that a later resumption may book the
 * day again (a day the family cancelled by hand stays cancelled and is never booked again).
 */
async function withdrawUnwanted(ctx: MutationContext, order: StandingOrder, wanted: (date: string) => boolean): Promise<void> {
  const { trx, recordChange, now } = ctx;
  for (const { booking, slot } of await findStandingBookingsFrom(trx, order.id, shanghaiDate(now))) {
    // a day cancelled by hand keeps its cancelled row, so it is never booked again
    if (booking.status !== 'confirmed' || wanted(slot.date) || isPastCutoff(slot, now)) continue;
    await deleteBooking(trx, booking.id);
    await adjustSeatsTaken(trx, slot.id, -1);
    await recordChange(trx, { entity: 'booking', id: booking.id, communityId: booking.communityId, householdId: booking.householdId, ownerId: booking.dinerId, deleted: true });
    if (booking.mode === 'delivery') await recordDelivery(trx, recordChange, booking);
    await recordMealSlot(trx, recordChange, slot);
  }
}

/** Loads an order and checks the actor may change it. */
async function orderOrRefuse(ctx: MutationContext, orderId: string): Promise<StandingOrder> {
  const [order] = await findStandingOrders(ctx.trx, [orderId]);
  if (!order) refuse('NOT_FOUND', ['orderId'], 'no such standing order');
  const refusal = checkChangeStandingOrder(ctx.actor, order);
  if (refusal) throw new RejectionError(refusal);
  return order;
}

/** The household or staff start a standing order; the job books its days from the next run. */
export const saveStandingOrder: MutationHandler<'saveStandingOrder'> = async ({ trx, recordChange, actor, now }, args) => {
  const diner = await findMember(trx, args.dinerId);
  if (!diner) refuse('NOT_FOUND', ['dinerId'], 'no such person');
  const [canteen] = await findCanteens(trx, [args.canteenId]);
  if (!canteen) refuse('NOT_FOUND', ['canteenId'], 'no such canteen');
  const refusal = checkSaveStandingOrder(actor, diner, canteen);
  if (refusal) throw new RejectionError(refusal);
  if ((await findStandingOrders(trx, [args.orderId])).length > 0) refuse('INVALID', ['orderId'], 'this order id is already used');
  const { orderId, ...fields } = args;
  const order: StandingOrder = {
    id: orderId, communityId: diner.communityId, householdId: diner.householdId, ...fields,
    weekdays: [...new Set(fields.weekdays)].sort(), pausedFrom: null, resumeOn: null, ended: false,
    createdById: actor.id, createdAt: now.toISOString(),
  };
  await insertStandingOrder(trx, order);
  await recordStandingOrder(trx, recordChange, order);
};

/** Pauses an order from a date (to resume on a date, or until resumed); the paused days' bookings are withdrawn. */
export const pauseStandingOrder: MutationHandler<'pauseStandingOrder'> = async (ctx, args) => {
  const order = await orderOrRefuse(ctx, args.orderId);
  const refusal = checkPause(args.from, args.resumeOn, shanghaiDate(ctx.now));
  if (refusal) throw new RejectionError(refusal);
  const paused: StandingOrder = { ...order, pausedFrom: args.from, resumeOn: args.resumeOn };
  await updateStandingOrder(ctx.trx, paused);
  await withdrawUnwanted(ctx, paused, (date) => !isPausedOn(paused, date));
  await recordStandingOrder(ctx.trx, ctx.recordChange, paused);
};

/** Resumes a paused order on a date; the job books the days from then on. */
export const resumeStandingOrder: MutationHandler<'resumeStandingOrder'> = async (ctx, args) => {
  const order = await orderOrRefuse(ctx, args.orderId);
  const refusal = checkResume(order, args.on, shanghaiDate(ctx.now));
  if (refusal) throw new RejectionError(refusal);
  const resumed: StandingOrder = { ...order, ...resumedPause(order, args.on) };
  await updateStandingOrder(ctx.trx, resumed);
  await recordStandingOrder(ctx.trx, ctx.recordChange, resumed);
};

/** Ends an order; its bookings not yet past the cut-off are withdrawn. */
export const endStandingOrder: MutationHandler<'endStandingOrder'> = async (ctx, args) => {
  const order = await orderOrRefuse(ctx, args.orderId);
  const ended: StandingOrder = { ...order, ended: true };
  await updateStandingOrder(ctx.trx, ended);
  await withdrawUnwanted(ctx, ended, () => false);
  await recordStandingOrder(ctx.trx, ctx.recordChange, ended);
};
