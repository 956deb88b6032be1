/**
 * Client mutators: the optimistic half of each shared mutation. Each gathers the rows the shared
 * rule needs from the local database, runs the rule, and writes what the server will write. The
 * server re-runs the same rule and its answer stands; a rebase replaces this guess with the truth.
 * Each service keeps its own beside its screens; sync/mutators.ts runs them by name.
 */
import type { Actor } from '../../shared/member';
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
