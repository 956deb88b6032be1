import type { Transaction } from 'kysely';
import type { Actor } from '../../shared/member';
import type { MutationArgs, MutationName } from '../../shared/sync/mutations';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';

/** What a mutation handler gets: the locked transaction, the change recorder, who acts, and when. */
export interface MutationContext {
  trx: Transaction<Database>;
  recordChange: ChangeRecorder;
  actor: Actor;
  now: Date;
}

/**
 * Applies one mutation authoritatively inside the push transaction; refuses by throwing a
 * RejectionError, which rolls back every write the handler made.
 */
export type MutationHandler<N extends MutationName> = (ctx: MutationContext, args: MutationArgs<N>) => Promise<void>;

/** A mutation just applied: its name, its validated args, and the communities whose rows it changed. */
export interface AppliedMutation {
  name: MutationName;
  args: unknown;
}

/**
 * Hears every applied mutation inside its transaction, after its handler (an audit log): what it
 * writes commits with the mutation, or not at all.
 */
export type MutationObserver = (ctx: MutationContext, applied: AppliedMutation & { communityIds: readonly string[] }) => Promise<void>;
