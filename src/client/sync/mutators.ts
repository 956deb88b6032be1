/**
 * Client mutators: the optimistic half of each shared mutation. Each gathers the rows the shared
 * rule needs from the local database, runs the rule, and writes what the server will write. The
 * server re-runs the same rule and its answer stands; a rebase replaces this guess with the truth.
 */
import type { Actor } from '../../shared/member';
import type { MutationArgs, MutationName } from '../../shared/sync/mutations';
import type { RecordingStore } from './recording-store';
import { bookMeal, cancelBooking, setSlotSeats } from './canteen-mutators';
// help on request
import * as helpMutators from './help-mutators';

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

/** The client mutators, keyed by shared mutation name. */
export const clientMutators: ClientMutators = {
  bookMeal, cancelBooking, setSlotSeats,
  // events
  ...lazyEventMutators(),
  // help on request
  ...helpMutators,
};

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

// events: their mutators (and the shared rules they run) load on first use, outside the first
// screen's code. Every path that runs mutators awaits loadLazyMutators first: the event screens
// before mutate, and each sync cycle before its rebase replays the queue.
type EventMutatorModule = typeof import('./event-mutators');
let eventMutators: EventMutatorModule | null = null;
// a function, not a constant: clientMutators above calls lazyEventMutators while this module initialises
function eventMutationNames() {
  return [
    'addHouseholdMember', 'signUpForEvent', 'cancelSignup', 'changeSignupParty', 'answerSignupOffer', 'checkInSignup',
    'createEvent', 'updateEvent', 'cancelEvent', 'proposeEventWish', 'voteEventWish',
  ] as const satisfies readonly (keyof EventMutatorModule & MutationName)[];
}
type EventMutators = { [N in ReturnType<typeof eventMutationNames>[number]]: ClientMutator<N> };

/** Loads the mutators kept out of the first screen's code; cheap once loaded. */
export async function loadLazyMutators(): Promise<void> {
  eventMutators ??= await import('./event-mutators');
}

/** Stand-ins that call the event mutators once loaded (and say so if someone forgot to load them). */
function lazyEventMutators(): EventMutators {
  const entries = eventMutationNames().map((name) => [name, (store: RecordingStore, args: never, ctx: MutatorContext) => {
    if (!eventMutators) throw new Error(`${name}: not loaded`);
    return (eventMutators[name] as (s: RecordingStore, a: never, c: MutatorContext) => Promise<void>)(store, args, ctx);
  }]);
  return Object.fromEntries(entries) as EventMutators;
}

