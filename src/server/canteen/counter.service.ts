import { makeBooking, type Booking } from '../../shared/canteen/booking';
import { tierById } from '../../shared/canteen/pricing';
import { checkCharge, checkServe, makeServing, servedInstant, type MealServing } from '../../shared/canteen/meal-serving';
import { checkWalkIn, makeWalkInResident } from '../../shared/canteen/walk-in';
import { RejectionError, refuse } from '../../shared/rejection';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import { findMember, insertMember } from '../member/member.repository';
import type { MutationHandler } from '../sync/mutation-context';
import { adjustSeatsTaken, findBookings, findCanteens, findDinerBookingsForSlot, findMealSlots, insertBooking } from './canteen.repository';
import { findMealServings, insertMealServing } from './counter.repository';
import { recordBooking } from './booking.service';
import { recordMealSlot } from './canteen-changes';
import { recordDelivery } from './delivery-recorder';

/** Records a serving: private to the diner's household and the canteen's staff, like its booking. */
export async function recordServing(trx: Transaction<Database>, record: ChangeRecorder, s: MealServing): Promise<void> {
  await record(trx, { entity: 'mealServing', id: s.id, communityId: s.communityId, householdId: s.householdId, ownerId: s.dinerId });
}

/**
 * The counter hands a booked meal over. Counters work offline and push later: inside the locked
 * transaction the shared checkServe sees whether another counter's serving arrived first, and
 * then refuses ALREADY_SERVED naming who and when, so exactly one serving stands. The price of
 * a fixed meal is the booked one, and only the canteen's staff may send a price at all.
 */
export const serveMeal: MutationHandler<'serveMeal'> = async ({ trx, recordChange, actor, now }, args) => {
  const [booking] = await findBookings(trx, [args.bookingId]);
  if (!booking) refuse('NOT_FOUND', ['bookingId'], 'no such booking');
  const [slot] = await findMealSlots(trx, [booking.slotId]);
  const [canteen] = await findCanteens(trx, [booking.canteenId]);
  if (!slot || !canteen) refuse('NOT_FOUND', ['bookingId'], 'no such meal');
  const [served] = await findMealServings(trx, [booking.id]);
  const servedAt = servedInstant(args.servedAt, now);
  const charge = { grams: args.grams, chargedFen: args.chargedFen };
  const refusal = checkServe({ actor, booking, canteen, slot, served: served ?? null, servedAt, charge });
  if (refusal) throw new RejectionError(refusal);
  const staff = await findMember(trx, actor.id);
  const serving = makeServing(booking, slot, charge, { id: actor.id, name: staff?.name ?? '', at: servedAt.toISOString(), how: 'counter' });
  await insertMealServing(trx, serving);
  await recordServing(trx, recordChange, serving);
  if (booking.mode === 'delivery') await recordDelivery(trx, recordChange, booking);
};

/**
 * Books and serves at once someone who walked in to the counter, after the cut-off: a resident
 * of the community, or an elder without a phone whom staff register there and then (newResident).
 * The shared checkWalkIn decides; the price tier comes from the diner's verified facts, as for
 * any booking, and a weighed meal is charged what the counter entered.
 */
export const serveWalkIn: MutationHandler<'serveWalkIn'> = async ({ trx, recordChange, actor, now }, args) => {
  const [slot] = await findMealSlots(trx, [args.slotId]);
  if (!slot) refuse('NOT_FOUND', ['slotId'], 'no such meal');
  const [canteen] = await findCanteens(trx, [slot.canteenId]);
  if (!canteen) refuse('NOT_FOUND', ['slotId'], 'no such canteen');
  let diner = await findMember(trx, args.dinerId);
  if (args.newResident !== null) {
    if (diner) refuse('INVALID', ['dinerId'], 'this member id is already used');
    diner = makeWalkInResident(args.dinerId, slot.communityId, args.newResident);
  }
  if (!diner) refuse('NOT_FOUND', ['dinerId'], 'no such person');
  const servedAt = servedInstant(args.servedAt, now);
  const dinerBookingsForSlot = await findDinerBookingsForSlot(trx, slot.id, diner.id);
  const refusal = checkWalkIn({ actor, diner, canteen, slot, dinerBookingsForSlot, servedAt });
  if (refusal) throw new RejectionError(refusal);
  if ((await findBookings(trx, [args.bookingId])).length > 0) refuse('INVALID', ['bookingId'], 'this booking id is already used');
  const booking: Booking = makeBooking(
    { actor, diner, canteen, slot, mode: 'dineIn', dinerBookingsForSlot, now: servedAt },
    args.bookingId, servedAt.toISOString(),
  );
  const charge = { grams: args.grams, chargedFen: args.chargedFen };
  const badCharge = checkCharge(tierById(canteen, booking.priceTier), canteen.pricing, charge);
  if (badCharge) throw new RejectionError(badCharge);
  if (args.newResident !== null) {
    await insertMember(trx, { ...diner, phone: null }, now.toISOString());
    await recordChange(trx, { entity: 'member', id: diner.id, communityId: diner.communityId, householdId: null, ownerId: diner.id });
  }
  await insertBooking(trx, booking);
  await adjustSeatsTaken(trx, slot.id, 1);
  await recordBooking(trx, recordChange, booking);
  await recordMealSlot(trx, recordChange, slot);
  const staff = await findMember(trx, actor.id);
  const serving = makeServing(booking, slot, charge, { id: actor.id, name: staff?.name ?? '', at: servedAt.toISOString(), how: 'counter' });
  await insertMealServing(trx, serving);
  await recordServing(trx, recordChange, serving);
};
