import { checkSaveServiceKind } from '../../shared/help/service-kind';
import { RejectionError, refuse } from '../../shared/rejection';
import type { MutationHandler } from '../sync/mutation-context';
import { findServiceKinds, upsertServiceKind } from './help.repository';

/** Staff add or edit one of their community's service kinds; every member of it receives the list. */
export const saveServiceKind: MutationHandler<'saveServiceKind'> = async ({ trx, recordChange, actor }, args) => {
  const refusal = checkSaveServiceKind(actor, args.communityId);
  if (refusal) throw new RejectionError(refusal);
  const [existing] = await findServiceKinds(trx, [args.kindId]);
  if (existing && existing.communityId !== args.communityId) {
    refuse('FORBIDDEN', ['kindId'], 'this service belongs to another community');
  }
  const { kindId, ...rest } = args;
  await upsertServiceKind(trx, { id: kindId, ...rest });
  await recordChange(trx, { entity: 'serviceKind', id: kindId, communityId: args.communityId, householdId: null, ownerId: null });
};
