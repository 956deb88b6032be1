import type { Kysely } from 'kysely';
import { actorFor, type Actor } from '../../shared/member';
import { serviceOf } from '../../shared/services';
import { reject, RejectionError, type Rejection, refuse } from '../../shared/rejection';
import { isMutationName, mutationArgsSchemas, type MutationArgs, type MutationName } from '../../shared/sync/mutations';
import type { Mutation, MutationResult, PushRequest, PushResponse } from '../../shared/sync/protocol';
import { parseWith } from '../../shared/validation';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/write-transaction';
import { mutationHandlers, mutationObservers } from './mutation-handlers';
import type { ChangeRecorder } from '../db/write-transaction';
import type { AppliedMutation, MutationContext } from './mutation-context';
import { findRecordedMutation, recordMutation } from './mutation.repository';
import type { PokeHub } from './poke-hub';

/** What pushing needs besides the request. */
export interface PushDeps {
  db: Kysely<Database>;
  pokeHub: PokeHub;
  now: () => Date;
}

/**
 * Applies a batch of mutations in order, each in its own transaction, so one refusal never
 * blocks the rest. Exactly once: a mutation id already journalled returns its stored result.
 */
export async function pushMutations(deps: PushDeps, actor: Actor, req: PushRequest): Promise<PushResponse> {
  const results: MutationResult[] = [];
  for (const m of req.mutations) results.push(await applyMutation(deps, actor, m));
  return { results };
}

/** Validates a mutation's name and args and runs its handler; throws a RejectionError to refuse. Returns what was applied. */
async function runMutation(ctx: MutationContext, m: Mutation): Promise<AppliedMutation> {
  if (!isMutationName(m.name)) {
    refuse('UNKNOWN_MUTATION', ['name'], `unknown mutation ${m.name}`);
  }
  return { name: m.name, args: await runNamed(ctx, m.name, m.args) };
}

/** Runs the handler of one named mutation on validated args, and returns them. */
async function runNamed<N extends MutationName>(ctx: MutationContext, name: N, rawArgs: unknown): Promise<MutationArgs<N>> {
  const parsed = parseWith(mutationArgsSchemas[name], rawArgs);
  if (!parsed.ok) {
    const fields = [...new Set(parsed.problems.map((p) => p.field))];
    const detail = parsed.problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    refuse('INVALID', fields, detail);
  }
  // parseWith infers from the union of schemas; this is the one schema named N
  const args = parsed.value as MutationArgs<N>;
  await mutationHandlers[name](ctx, args);
  return args;
}

/** The name a mutation is journalled under: an unknown one may hold anything, even a NUL PostgreSQL cannot store. */
function journalName(name: string): string {
  return isMutationName(name) ? name : '(unknown)';
}

/** Replies to a mutation id some other user already used, without revealing its result. */
function foreignReplay(id: string): MutationResult {
  const r: Rejection = reject('FORBIDDEN', ['id'], 'this mutation id belongs to someone else');
  return { id, status: 'rejected', ...r };
}

/** Applies one mutation exactly once and pokes the communities it changed. */
async function applyMutation(deps: PushDeps, actor: Actor, m: Mutation): Promise<MutationResult> {
  const now = deps.now();
  try {
    const outcome = await writeTransaction(deps.db, async (trx, recordChange) => {
      const recorded = await findRecordedMutation(trx, m.id);
      if (recorded) return recorded.userId === actor.id ? recorded.result : foreignReplay(m.id);
      // the communities the mutation changed rows of, for whoever observes applied mutations
      const touched = new Set<string>();
      const recording: ChangeRecorder = (t, change) => {
        touched.add(change.communityId);
        return recordChange(t, change);
      };
      // staff limited to another service act here as the resident they also are
      const ctx: MutationContext = { trx, recordChange: recording, actor: actorFor(actor, serviceOf({ mutation: m.name })), now };
      const applied = await runMutation(ctx, m);
      for (const observe of mutationObservers) await observe(ctx, { ...applied, communityIds: [...touched] });
      const result: MutationResult = { id: m.id, status: 'applied' };
      await recordMutation(trx, { id: m.id, userId: actor.id, name: journalName(m.name), result, createdAt: now.toISOString() });
      return result;
    });
    deps.pokeHub.poke(outcome.communityIds);
    return outcome.value;
  } catch (err) {
    if (!(err instanceof RejectionError)) throw err;
    return recordRejection(deps, actor, m, err.rejection, now);
  }
}

/** Journals a refusal in a fresh transaction (the handler's writes were rolled back). */
async function recordRejection(
  deps: PushDeps, actor: Actor, m: Mutation, rejection: Rejection, now: Date,
): Promise<MutationResult> {
  const { value } = await writeTransaction(deps.db, async (trx) => {
    // a concurrent push of the same id may have won meanwhile: its answer is the answer
    const recorded = await findRecordedMutation(trx, m.id);
    if (recorded) return recorded.userId === actor.id ? recorded.result : foreignReplay(m.id);
    const result: MutationResult = { id: m.id, status: 'rejected', ...rejection };
    await recordMutation(trx, { id: m.id, userId: actor.id, name: journalName(m.name), result, createdAt: now.toISOString() });
    return result;
  });
  return value;
}
