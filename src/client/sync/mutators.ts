/**
 * Client mutators: the optimistic half of each shared mutation. Each gathers the rows the shared
 * rule needs from the local database, runs the rule, and writes what the server will write. The
 * server re-runs the same rule and its answer stands; a rebase replaces this guess with the truth.
 */
import type { Actor } from '../../shared/member';
import type { MutationArgs, MutationName } from '../../shared/sync/mutations';
import type { RecordingStore } from './recording-store';
import { bookMeal, cancelBooking, setSlotSeats } from '../features/canteen/canteen-mutators';

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

/**
 * A feature's mutators, kept out of the first screen's code: they (and the shared rules they run)
 * load on first use. mutate and every sync cycle await loadLazyMutators before opening their
 * transaction, since a dynamic import inside an IndexedDB transaction would end it.
 */
interface LazyMutatorModule {
  load: () => Promise<Partial<ClientMutators>>;
  loaded: Partial<ClientMutators> | null;
}

const eventModule: LazyMutatorModule = { load: () => import('../features/events/event-mutators'), loaded: null };
const helpModule: LazyMutatorModule = { load: () => import('../features/help/help-mutators'), loaded: null };

/** Stands in for a lazily loaded mutator; says so plainly if its module was not loaded first. */
function lazy<N extends MutationName>(module: LazyMutatorModule, name: N): ClientMutator<N> {
  return (store, args, ctx) => {
    const mutator = module.loaded?.[name] as ClientMutator<N> | undefined;
    if (!mutator) throw new Error(`${name}: its mutators are not loaded (await loadLazyMutators first)`);
    return mutator(store, args, ctx);
  };
}

/** The client mutators, keyed by shared mutation name. */
export const clientMutators: ClientMutators = {
  // canteen: on the first screen, so loaded with it
  bookMeal, cancelBooking, setSlotSeats,
  // events
  addHouseholdMember: lazy(eventModule, 'addHouseholdMember'),
  signUpForEvent: lazy(eventModule, 'signUpForEvent'),
  cancelSignup: lazy(eventModule, 'cancelSignup'),
  changeSignupParty: lazy(eventModule, 'changeSignupParty'),
  answerSignupOffer: lazy(eventModule, 'answerSignupOffer'),
  checkInSignup: lazy(eventModule, 'checkInSignup'),
  createEvent: lazy(eventModule, 'createEvent'),
  updateEvent: lazy(eventModule, 'updateEvent'),
  cancelEvent: lazy(eventModule, 'cancelEvent'),
  proposeEventWish: lazy(eventModule, 'proposeEventWish'),
  voteEventWish: lazy(eventModule, 'voteEventWish'),
  // help on request
  fileHelpRequest: lazy(helpModule, 'fileHelpRequest'),
  acceptHelpRequest: lazy(helpModule, 'acceptHelpRequest'),
  dispatchHelpRequest: lazy(helpModule, 'dispatchHelpRequest'),
  startHelpRequest: lazy(helpModule, 'startHelpRequest'),
  noteHelpRequest: lazy(helpModule, 'noteHelpRequest'),
  finishHelpRequest: lazy(helpModule, 'finishHelpRequest'),
  confirmHelpRequest: lazy(helpModule, 'confirmHelpRequest'),
  cancelHelpRequest: lazy(helpModule, 'cancelHelpRequest'),
  confirmHelpHours: lazy(helpModule, 'confirmHelpHours'),
  saveServiceKind: lazy(helpModule, 'saveServiceKind'),
  saveVisitSchedule: lazy(helpModule, 'saveVisitSchedule'),
};

/** Loads every lazily kept mutator module; cheap once loaded. */
export async function loadLazyMutators(): Promise<void> {
  await Promise.all(
    [eventModule, helpModule].map(async (module) => {
      module.loaded ??= await module.load();
    }),
  );
}

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
