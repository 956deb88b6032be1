import { checkSaveVisitSchedule } from '../../shared/help/visit-schedule';
import { RejectionError, refuse } from '../../shared/rejection';
import { findMember } from '../member/member.repository';
import type { MutationHandler } from '../sync/mutation-context';
import { findServiceKinds, findVisitSchedules, upsertVisitSchedule } from './help.repository';

/**
 * Staff keep a recurring visit (敲门行动) for a resident; the schedule job creates its visits.
 * Private like a contact: the resident's household and staff receive it.
 */
export const saveVisitSchedule: MutationHandler<'saveVisitSchedule'> = async ({ trx, recordChange, actor }, args) => {
  const resident = await findMember(trx, args.residentId);
  if (!resident) refuse('NOT_FOUND', ['residentId'], 'no such person');
  const refusal = checkSaveVisitSchedule(actor, resident.communityId);
  if (refusal) throw new RejectionError(refusal);
  const [kind] = await findServiceKinds(trx, [args.kindId]);
  if (!kind || kind.communityId !== resident.communityId) refuse('NOT_ELIGIBLE', ['kindId'], 'no such service here');
  const [existing] = await findVisitSchedules(trx, [args.scheduleId]);
  if (existing && existing.communityId !== resident.communityId) {
    refuse('FORBIDDEN', ['scheduleId'], 'this schedule belongs to another community');
  }
  const { scheduleId, ...rest } = args;
  await upsertVisitSchedule(trx, {
    id: scheduleId, ...rest, communityId: resident.communityId, householdId: resident.householdId, residentName: resident.name,
  });
  await recordChange(trx, {
    entity: 'visitSchedule', id: scheduleId, communityId: resident.communityId, householdId: resident.householdId, ownerId: resident.id,
  });
};
