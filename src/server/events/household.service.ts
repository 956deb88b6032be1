import { checkAddHouseholdMember, makeHouseholdMember } from '../../shared/household';
import { RejectionError, refuse } from '../../shared/rejection';
import { shanghaiDate } from '../../shared/time';
import { findMember, insertMember } from '../member/member.repository';
import type { MutationHandler } from '../sync/mutation-context';

/** A resident adds a child (or anyone without a phone) to their household, to sign them up for events. */
export const addHouseholdMember: MutationHandler<'addHouseholdMember'> = async ({ trx, recordChange, actor, now }, args) => {
  const refusal = checkAddHouseholdMember(actor, args.birthDate, shanghaiDate(now));
  if (refusal) throw new RejectionError(refusal);
  if (await findMember(trx, args.memberId)) refuse('INVALID', ['memberId'], 'this member id is already used');
  const member = makeHouseholdMember(actor, args);
  await insertMember(trx, { ...member, phone: null }, now.toISOString());
  await recordChange(trx, { entity: 'member', id: member.id, communityId: member.communityId, householdId: member.householdId, ownerId: member.id });
};
