import type { Transaction } from 'kysely';
import { answerLink, checkAnswerLink, type HouseholdLink } from '../../shared/accounts/household-link';
import { maskPhone } from '../../shared/phone-mask';
import { RejectionError, refuse } from '../../shared/rejection';
import { insertHousehold } from '../community/community.repository';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import { moveToHousehold } from '../member/household-move';
import { findMember, findUserIdByPhone } from '../member/member.repository';
import type { MutationHandler } from '../sync/mutation-context';
import { answerHouseholdLinkRow, findHouseholdLink, insertHouseholdLink } from './accounts.repository';

/** Records a link for its requester (and their household), the parent, and staff of the link's community. */
async function recordLink(trx: Transaction<Database>, record: ChangeRecorder, link: HouseholdLink): Promise<void> {
  const requester = await findMember(trx, link.requesterId);
  await record(trx, {
    entity: 'householdLink', id: link.id, communityId: link.communityId, householdId: requester?.householdId ?? null,
    ownerId: link.requesterId, granteeId: link.parentId,
  });
}

/**
 * A child asks to link a parent by number. Applied alike whether or not anyone has the number, so
 * a push never tells who uses the app; an unknown number's request simply waits, unanswerable.
 */
export const requestHouseholdLink: MutationHandler<'requestHouseholdLink'> = async ({ trx, recordChange, actor, now }, args) => {
  if (await findHouseholdLink(trx, args.linkId)) refuse('INVALID', ['linkId'], 'this link id is used already');
  const parentId = await findUserIdByPhone(trx, args.phone);
  if (parentId === actor.id) refuse('INVALID', ['phone'], 'this is your own number');
  const parent = parentId === undefined ? undefined : await findMember(trx, parentId);
  if (parent && actor.householdId !== null && parent.householdId === actor.householdId) {
    refuse('ALREADY_LINKED', ['phone'], 'this person is in your household already');
  }
  const requester = (await findMember(trx, actor.id)) ?? refuse('NOT_FOUND', ['linkId'], 'no such person');
  const link: HouseholdLink = {
    id: args.linkId, requesterId: actor.id, requesterName: requester.name, parentId: parent?.id ?? null, parentName: parent?.name ?? null,
    phoneHint: maskPhone(args.phone), communityId: parent?.communityId ?? actor.communityId, status: 'pending',
    createdAt: now.toISOString(), answeredAt: null,
  };
  await insertHouseholdLink(trx, link);
  await recordLink(trx, recordChange, link);
};

/**
 * The parent or staff answer (the requester may withdraw). Accepted, the parent joins the
 * requester's household, which is made for the requester if they had none.
 */
export const answerHouseholdLink: MutationHandler<'answerHouseholdLink'> = async ({ trx, recordChange, actor, now }, args) => {
  const link = (await findHouseholdLink(trx, args.linkId)) ?? refuse('NOT_FOUND', ['linkId'], 'no such request');
  const refusal = checkAnswerLink(actor, link, args.accept);
  if (refusal) throw new RejectionError(refusal);
  const answered = answerLink(link, args.accept, now);
  await answerHouseholdLinkRow(trx, link.id, answered.status, now.toISOString(), actor.id);
  if (args.accept && link.parentId !== null) {
    const requester = (await findMember(trx, link.requesterId)) ?? refuse('NOT_FOUND', ['linkId'], 'the requester is gone');
    let householdId = requester.householdId;
    if (householdId === null) {
      householdId = `hh-${link.id}`;
      await insertHousehold(trx, { id: householdId, communityId: requester.communityId, name: `${requester.name}家` });
      await moveToHousehold(trx, recordChange, requester.id, householdId);
    }
    await moveToHousehold(trx, recordChange, link.parentId, householdId);
  }
  await recordLink(trx, recordChange, answered);
};
