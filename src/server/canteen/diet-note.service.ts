import { checkSaveDietNote, makeDietNote, type DietNote } from '../../shared/canteen/diet-note';
import { RejectionError, refuse } from '../../shared/rejection';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import { findMember } from '../member/member.repository';
import type { MutationHandler } from '../sync/mutation-context';
import { upsertDietNote } from './counter.repository';

/** Records a note privately: the resident (owner), their household and staff; never volunteers or neighbours. */
export async function recordDietNote(trx: Transaction<Database>, record: ChangeRecorder, n: DietNote): Promise<void> {
  await record(trx, { entity: 'dietNote', id: n.id, communityId: n.communityId, householdId: n.householdId, ownerId: n.residentId });
}

/** The household or the canteen's staff keep what the kitchen must know; the last save stands. */
export const saveDietNote: MutationHandler<'saveDietNote'> = async ({ trx, recordChange, actor, now }, args) => {
  const resident = await findMember(trx, args.residentId);
  if (!resident) refuse('NOT_FOUND', ['residentId'], 'no such person');
  const refusal = checkSaveDietNote(actor, resident);
  if (refusal) throw new RejectionError(refusal);
  const by = (await findMember(trx, actor.id))?.name ?? '';
  const note = makeDietNote(resident, args, { name: by, at: now.toISOString() });
  await upsertDietNote(trx, note);
  await recordDietNote(trx, recordChange, note);
};
