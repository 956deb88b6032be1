import { checkServesCommunity, makeRegisteredResident } from '../../shared/accounts/resident';
import { RejectionError, refuse } from '../../shared/rejection';
import { insertHousehold } from '../community/community.repository';
import { findMember, findUserIdByPhone, insertMember, setMemberPhone } from '../member/member.repository';
import type { MutationHandler } from '../sync/mutation-context';

/** Staff register a resident who has no phone, in a household of their own (a child may link them later). */
export const registerResident: MutationHandler<'registerResident'> = async ({ trx, recordChange, actor, now }, args) => {
  const refusal = checkServesCommunity(actor, args.communityId, 'communityId');
  if (refusal) throw new RejectionError(refusal);
  if (await findMember(trx, args.memberId)) refuse('INVALID', ['memberId'], 'this member id is used already');
  const member = makeRegisteredResident(args);
  const householdId = member.householdId ?? '';
  await insertHousehold(trx, { id: householdId, communityId: member.communityId, name: `${member.name}家` });
  await insertMember(trx, { ...member, phone: null }, now.toISOString());
  await recordChange(trx, { entity: 'member', id: member.id, communityId: member.communityId, householdId, ownerId: member.id });
};

/** Staff attach a phone number to a resident of their community; a number may belong to one person only. */
export const attachPhone: MutationHandler<'attachPhone'> = async ({ trx, recordChange, actor }, args) => {
  const member = (await findMember(trx, args.memberId)) ?? refuse('NOT_FOUND', ['memberId'], 'no such person');
  const refusal = checkServesCommunity(actor, member.communityId, 'memberId');
  if (refusal) throw new RejectionError(refusal);
  const owner = await findUserIdByPhone(trx, args.phone);
  if (owner !== undefined && owner !== member.id) refuse('PHONE_TAKEN', ['phone'], 'another person is registered with this number');
  await setMemberPhone(trx, member.id, args.phone);
  await recordChange(trx, { entity: 'member', id: member.id, communityId: member.communityId, householdId: member.householdId, ownerId: member.id });
};
