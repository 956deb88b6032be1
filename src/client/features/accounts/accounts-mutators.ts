/**
 * Optimistic mutators of accounts. Issuing a card works offline: the printed card logs in once the
 * issue has reached the server, which the print page says. Household links and phones take effect
 * on the server; the next pull brings the household as it now is.
 */
import { answerLink, checkAnswerLink } from '../../../shared/accounts/household-link';
import { checkServesCommunity, makeRegisteredResident } from '../../../shared/accounts/resident';
import { checkIssueCard, checkRevokeCard, makeServiceCard } from '../../../shared/accounts/service-card';
import { maskPhone } from '../../../shared/phone-mask';
import { checkSetRole, withRole } from '../../../shared/accounts/member-role';
import { SERVICES } from '../../../shared/services';
import { RejectionError, refuse, type Rejection } from '../../../shared/rejection';
import type { ClientMutator } from '../../sync/client-mutator';

function stop(refusal: Rejection | null): void {
  if (refusal) throw new RejectionError(refusal);
}

/** Adds the card at once; it logs no one in until the server has it. */
export const issueServiceCard: ClientMutator<'issueServiceCard'> = async (store, args, { actor, now }) => {
  const member = (await store.get('member', args.memberId)) ?? refuse('NOT_FOUND', ['memberId'], 'no such person');
  stop(checkIssueCard(actor, member));
  store.put('serviceCard', makeServiceCard(actor, member, args.cardId, now));
};

/** Marks the card revoked here; its sessions end when the server has it. */
export const revokeServiceCard: ClientMutator<'revokeServiceCard'> = async (store, args, { actor, now }) => {
  const card = (await store.get('serviceCard', args.cardId)) ?? refuse('NOT_FOUND', ['cardId'], 'no such card');
  stop(checkRevokeCard(actor, card));
  store.put('serviceCard', { ...card, revokedAt: now.toISOString() });
};

/** Shows the request as waiting; only the server knows whose number it is. */
export const requestHouseholdLink: ClientMutator<'requestHouseholdLink'> = async (store, args, { actor, createdAt }) => {
  const me = await store.get('member', actor.id);
  store.put('householdLink', {
    id: args.linkId, requesterId: actor.id, requesterName: me?.name ?? '', parentId: null, parentName: null,
    phoneHint: maskPhone(args.phone), communityId: actor.communityId, status: 'pending', createdAt, answeredAt: null,
  });
};

/** Shows the answer at once; joining the household happens on the server. */
export const answerHouseholdLink: ClientMutator<'answerHouseholdLink'> = async (store, args, { actor, now }) => {
  const link = (await store.get('householdLink', args.linkId)) ?? refuse('NOT_FOUND', ['linkId'], 'no such request');
  stop(checkAnswerLink(actor, link, args.accept));
  store.put('householdLink', answerLink(link, args.accept, now));
};

/** Adds the resident at once, so staff can book for them before the signal comes back. */
export const registerResident: ClientMutator<'registerResident'> = async (store, args, { actor }) => {
  stop(checkServesCommunity(actor, args.communityId, 'communityId'));
  store.put('member', makeRegisteredResident(args));
};

/** Shows the new role at once; the person's own phones start over when the server has it. */
export const setMemberRole: ClientMutator<'setMemberRole'> = async (store, args, { actor }) => {
  const member = (await store.get('member', args.memberId)) ?? refuse('NOT_FOUND', ['memberId'], 'no such person');
  stop(checkSetRole(actor, member, args, Object.keys(SERVICES)));
  store.put('member', withRole(member, args));
};

/** Marks the resident as having a phone; the number itself never syncs to anyone's phone. */
export const attachPhone: ClientMutator<'attachPhone'> = async (store, args, { actor }) => {
  const member = (await store.get('member', args.memberId)) ?? refuse('NOT_FOUND', ['memberId'], 'no such person');
  stop(checkServesCommunity(actor, member.communityId, 'memberId'));
  store.put('member', { ...member, hasLogin: true });
};
