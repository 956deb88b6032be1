/**
 * Optimistic mutators of the counter: serving a booked meal and serving a walk-in. Counters work
 * offline; a serving made here shows at once as saved on this phone, and the server keeps the
 * first serving of a booking to reach it (a later one comes back ALREADY_SERVED with who and when).
 */
import { makeBooking } from '../../../shared/canteen/booking';
import { checkCharge, checkServe, makeServing } from '../../../shared/canteen/meal-serving';
import { tierById } from '../../../shared/canteen/pricing';
import { checkWalkIn, makeWalkInResident } from '../../../shared/canteen/walk-in';
import { RejectionError, refuse } from '../../../shared/rejection';
import type { ClientMutator } from '../../sync/client-mutator';

/** Records the plate (or the fixed meal) as served, judged against what this phone knows. */
export const serveMeal: ClientMutator<'serveMeal'> = async (store, args, { actor }) => {
  const booking = (await store.get('booking', args.bookingId)) ?? refuse('NOT_FOUND', ['bookingId'], 'no such booking');
  const slot = (await store.get('mealSlot', booking.slotId)) ?? refuse('NOT_FOUND', ['bookingId'], 'no such meal');
  const canteen = (await store.get('canteen', booking.canteenId)) ?? refuse('NOT_FOUND', ['bookingId'], 'no such canteen');
  const served = (await store.get('mealServing', booking.id)) ?? null;
  const charge = { grams: args.grams, chargedFen: args.chargedFen };
  const refusal = checkServe({ actor, booking, canteen, slot, served, servedAt: new Date(args.servedAt), charge });
  if (refusal) throw new RejectionError(refusal);
  const me = await store.get('member', actor.id);
  store.put('mealServing', makeServing(booking, slot, charge, { id: actor.id, name: me?.name ?? '', at: args.servedAt, how: 'counter' }));
};

/** Books and serves a walk-in on this phone at once, registering an elder without a phone if asked. */
export const serveWalkIn: ClientMutator<'serveWalkIn'> = async (store, args, { actor }) => {
  const slot = (await store.get('mealSlot', args.slotId)) ?? refuse('NOT_FOUND', ['slotId'], 'no such meal');
  const canteen = (await store.get('canteen', slot.canteenId)) ?? refuse('NOT_FOUND', ['slotId'], 'no such canteen');
  const existing = await store.get('member', args.dinerId);
  if (args.newResident !== null && existing) refuse('INVALID', ['dinerId'], 'this member id is already used');
  const diner = args.newResident !== null
    ? makeWalkInResident(args.dinerId, slot.communityId, args.newResident)
    : existing ?? refuse('NOT_FOUND', ['dinerId'], 'no such person');
  const servedAt = new Date(args.servedAt);
  const dinerBookingsForSlot = (await store.where('booking', 'slotId', slot.id)).filter((b) => b.dinerId === diner.id);
  const refusal = checkWalkIn({ actor, diner, canteen, slot, dinerBookingsForSlot, servedAt });
  if (refusal) throw new RejectionError(refusal);
  const booking = makeBooking({ actor, diner, canteen, slot, mode: 'dineIn', dinerBookingsForSlot, now: servedAt }, args.bookingId, args.servedAt);
  const charge = { grams: args.grams, chargedFen: args.chargedFen };
  const badCharge = checkCharge(tierById(canteen, booking.priceTier), canteen.pricing, charge);
  if (badCharge) throw new RejectionError(badCharge);
  const me = await store.get('member', actor.id);
  if (args.newResident !== null) store.put('member', diner);
  store.put('booking', booking);
  store.put('mealSlot', { ...slot, seatsTaken: slot.seatsTaken + 1 });
  store.put('mealServing', makeServing(booking, slot, charge, { id: actor.id, name: me?.name ?? '', at: args.servedAt, how: 'counter' }));
};
