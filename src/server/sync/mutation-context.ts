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
