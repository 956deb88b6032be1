import { checkSaveDietNote, makeDietNote } from '../../../shared/canteen/diet-note';
import { RejectionError, refuse } from '../../../shared/rejection';
import type { ClientMutator } from '../../sync/client-mutator';

/** Saves a diet note on this phone at once (offline too); the server's copy of the last save stands. */
export const saveDietNote: ClientMutator<'saveDietNote'> = async (store, args, { actor, createdAt }) => {
  const resident = (await store.get('member', args.residentId)) ?? refuse('NOT_FOUND', ['residentId'], 'no such person');
  const refusal = checkSaveDietNote(actor, resident);
  if (refusal) throw new RejectionError(refusal);
  const me = await store.get('member', actor.id);
  store.put('dietNote', makeDietNote(resident, args, { name: me?.name ?? '', at: createdAt }));
};
