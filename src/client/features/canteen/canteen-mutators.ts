/**
 * Optimistic mutators of the canteen service: booking, cancelling, and staff seat changes.
 */
import { checkBooking, checkCancel, makeBooking, type BookingContext } from '../../../shared/canteen/booking';
import { checkSeatChange } from '../../../shared/canteen/meal-slot';
import { RejectionError, refuse } from '../../../shared/rejection';
import type { ClientMutator } from '../../sync/client-mutator';

/**
 * Offline: books against the local copy of the slot, so the seat count may be stale; the server
 * may still answer SLOT_FULL, and the booking then disappears at the next sync with a rejection.
 * Replayed after the server row has arrived, the rule answers ALREADY_BOOKED and adds nothing.
 */
export const bookMeal: ClientMutator<'bookMeal'> = async (store, args, { actor, now, createdAt }) => {
  const slot = (await store.get('mealSlot', args.slotId)) ?? refuse('NOT_FOUND', ['slotId'], 'no such meal');
  const diner = (await store.get('member', args.dinerId)) ?? refuse('NOT_FOUND', ['dinerId'], 'no such person');
  const canteen =
    (await store.get('canteen', slot.canteenId)) ?? refuse('NOT_FOUND', ['slotId'], 'no such canteen');
  const slotBookings = await store.where('booking', 'slotId', slot.id);
  const ctx: BookingContext = {
    actor,
    diner,
    canteen,
    slot,
    mode: args.mode,
    dinerBookingsForSlot: slotBookings.filter((b) => b.dinerId === diner.id),
    deliveryFacts: (await store.get('deliveryProfile', diner.id)) ?? null,
    now,
  };
  const refusal = checkBooking(ctx);
  if (refusal) throw new RejectionError(refusal);
  store.put('booking', makeBooking(ctx, args.bookingId, createdAt));
  store.put('mealSlot', { ...slot, seatsTaken: slot.seatsTaken + 1 });
};

/**
 * Offline: removes the booking at once (the server keeps it as a cancelled tombstone that pulls
 * never show) and frees its seat locally. Cancelling a booking made offline and not yet pushed
 * queues both; the server applies them in order.
 */
export const cancelBooking: ClientMutator<'cancelBooking'> = async (store, args, { actor, now }) => {
  const booking =
    (await store.get('booking', args.bookingId)) ?? refuse('NOT_FOUND', ['bookingId'], 'no such booking');
  const slot = (await store.get('mealSlot', booking.slotId)) ?? refuse('NOT_FOUND', ['bookingId'], 'no such meal');
  // The booking carries its diner's household and community, enough for the rule if the member row is not synced.
  const diner = (await store.get('member', booking.dinerId)) ?? {
    id: booking.dinerId,
    householdId: booking.householdId,
    communityId: booking.communityId,
  };
  const refusal = checkCancel(actor, booking, diner, slot, now);
  if (refusal) throw new RejectionError(refusal);
  store.delete('booking', booking.id);
  store.put('mealSlot', { ...slot, seatsTaken: Math.max(0, slot.seatsTaken - 1) });
};

/** Staff: sets a slot's seats; offline it changes the local count, the server checks again. */
export const setSlotSeats: ClientMutator<'setSlotSeats'> = async (store, args, { actor }) => {
  const slot = (await store.get('mealSlot', args.slotId)) ?? refuse('NOT_FOUND', ['slotId'], 'no such meal');
  const refusal = checkSeatChange(actor, slot, args.seats);
  if (refusal) throw new RejectionError(refusal);
  store.put('mealSlot', { ...slot, seats: args.seats });
};
