/**
 * Client mutators: the optimistic half of each shared mutation. Each gathers the rows the shared
 * rule needs from the local database, runs the rule, and writes what the server will write. The
 * server re-runs the same rule and its answer stands; a rebase replaces this guess with the truth.
 */
import { checkBooking, checkCancel, makeBooking, type BookingContext } from '../../shared/booking';
import type { Actor } from '../../shared/member';
import { reject, RejectionError } from '../../shared/rejection';
import type { MutationArgs, MutationName } from '../../shared/sync/mutations';
import type { RecordingStore } from './recording-store';

/** What a mutator knows besides its arguments. */
export interface MutatorContext {
  actor: Actor;
  /** The instant the rule is judged at. */
  now: Date;
  /** When the mutation was made (ISO instant); rows it creates carry it. */
  createdAt: string;
}

/** One optimistic mutator; throws RejectionError when the shared rule refuses. */
export type ClientMutator<N extends MutationName> = (
  store: RecordingStore,
  args: MutationArgs<N>,
  ctx: MutatorContext,
) => Promise<void>;

/** Every mutation's client mutator; a mutation added to the shared list fails to compile here. */
export type ClientMutators = { [N in MutationName]: ClientMutator<N> };

function refuse(...args: Parameters<typeof reject>): never {
  throw new RejectionError(reject(...args));
}

/**
 * Offline: books against the local copy of the slot, so the seat count may be stale; the server
 * may still answer SLOT_FULL, and the booking then disappears at the next sync with a rejection.
 * Replayed after the server row has arrived, the rule answers ALREADY_BOOKED and adds nothing.
 */
const bookMeal: ClientMutator<'bookMeal'> = async (store, args, { actor, now, createdAt }) => {
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
const cancelBooking: ClientMutator<'cancelBooking'> = async (store, args, { actor, now }) => {
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

/** The client mutators, keyed by shared mutation name. */
export const clientMutators: ClientMutators = { bookMeal, cancelBooking };

/** Runs a mutator by name; args must already have passed the shared schema. */
export function runMutator<N extends MutationName>(
  store: RecordingStore,
  name: N,
  args: MutationArgs<N>,
  ctx: MutatorContext,
): Promise<void> {
  const mutator = clientMutators[name] as ClientMutator<N>;
  return mutator(store, args, ctx);
}
