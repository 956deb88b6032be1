import { checkServesCommunity, makeRegisteredResident } from '../../shared/accounts/resident';
import { RejectionError, refuse } from '../../shared/rejection';
import { insertHousehold } from '../community/community.repository';
import { checkSetRole } from '../../shared/accounts/member-role';
import { SERVICES as SHARED_SERVICES } from '../../shared/services';
import { findMember, findUserIdByPhone, insertMember, setMemberPhone, setMemberRole as setMemberRoleRow } from '../member/member.repository';
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

/**
 * An administrator (any role in the street office) or staff (resident or volunteer) change a
 * person's role. The person's phones start over at their next pull (their scope key changed), so
 * nothing they may no longer see stays on them.
 */
export const setMemberRole: MutationHandler<'setMemberRole'> = async ({ trx, recordChange, actor }, args) => {
  const member = (await findMember(trx, args.memberId)) ?? refuse('NOT_FOUND', ['memberId'], 'no such person');
  const refusal = checkSetRole(actor, member, args, Object.keys(SHARED_SERVICES));
  if (refusal) throw new RejectionError(refusal);
  await setMemberRoleRow(trx, member.id, args.role, args.staffOf);
  await recordChange(trx, { entity: 'member', id: member.id, communityId: member.communityId, householdId: member.householdId, ownerId: member.id });
};
