import { checkBooking, checkCancel, makeBooking, type Booking, type BookingContext } from '../../shared/canteen/booking';
import { RejectionError, refuse } from '../../shared/rejection';
import { findMember } from '../member/member.repository';
import type { MutationHandler } from '../sync/mutation-context';
import type { ChangeRecorder } from '../db/write-transaction';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { recordDelivery } from './delivery-recorder';
import { findDeliveryProfiles } from './delivery.repository';
import {
  adjustSeatsTaken, findBookings, findCanteens, findDinerBookingsForSlot, findMealSlots, insertBooking,
  markBookingCancelled,
} from './canteen.repository';
import { recordMealSlot } from './canteen-changes';

/**
 * Records a booking's change: private to the diner's household (and the canteen's staff); a
 * delivery booking's stop for the volunteers who carry it changes with it.
 */
export async function recordBooking(trx: Transaction<Database>, record: ChangeRecorder, b: Booking): Promise<void> {
  await record(trx, { entity: 'booking', id: b.id, communityId: b.communityId, householdId: b.householdId, ownerId: b.dinerId });
  if (b.mode === 'delivery') await recordDelivery(trx, record, b);
}

/**
 * Books a meal: loads slot, diner, canteen and the diner's bookings inside the locked
 * transaction, re-runs the shared checkBooking (its answer stands over the client's optimistic
 * one), then takes the seat. Replays never get here: the push journal answers them.
 */
export const bookMeal: MutationHandler<'bookMeal'> = async ({ trx, recordChange, actor, now }, args) => {
  const [slot] = await findMealSlots(trx, [args.slotId]);
  if (!slot) refuse('NOT_FOUND', ['slotId'], 'no such meal');
  const diner = await findMember(trx, args.dinerId);
  if (!diner) refuse('NOT_FOUND', ['dinerId'], 'no such person');
  const [canteen] = await findCanteens(trx, [slot.canteenId]);
  if (!canteen) refuse('NOT_FOUND', ['slotId'], 'no such canteen');
  const ctx: BookingContext = {
    actor, diner, canteen, slot, mode: args.mode, now,
    dinerBookingsForSlot: await findDinerBookingsForSlot(trx, slot.id, diner.id),
    deliveryFacts: (await findDeliveryProfiles(trx, [diner.id]))[0] ?? null,
  };
  const refusal = checkBooking(ctx);
  if (refusal) throw new RejectionError(refusal);
  // the id is client-made: a clash with another booking is a client bug, not a replay
  const [clash] = await findBookings(trx, [args.bookingId]);
  if (clash) refuse('INVALID', ['bookingId'], 'this booking id is already used');
  const booking = makeBooking(ctx, args.bookingId, now.toISOString());
  await insertBooking(trx, booking);
  await adjustSeatsTaken(trx, slot.id, 1);
  await recordBooking(trx, recordChange, booking);
  await recordMealSlot(trx, recordChange, slot);
};

/**
 * Cancels a booking before the cut-off and frees its seat; the shared checkCancel decides.
 * Pull then sends the booking as a tombstone.
 */
export const cancelBooking: MutationHandler<'cancelBooking'> = async ({ trx, recordChange, actor, now }, args) => {
  const [booking] = await findBookings(trx, [args.bookingId]);
  if (!booking) refuse('NOT_FOUND', ['bookingId'], 'no such booking');
  const diner = await findMember(trx, booking.dinerId);
  const [slot] = await findMealSlots(trx, [booking.slotId]);
  if (!diner || !slot) refuse('NOT_FOUND', ['bookingId'], 'no such booking');
  const refusal = checkCancel(actor, booking, diner, slot, now);
  if (refusal) throw new RejectionError(refusal);
  await markBookingCancelled(trx, booking.id, now.toISOString());
  await adjustSeatsTaken(trx, slot.id, -1);
  await recordBooking(trx, recordChange, booking);
  await recordMealSlot(trx, recordChange, slot);
};
