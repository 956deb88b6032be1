import type { Transaction } from 'kysely';
import type { CommunityEvent } from '../../shared/events/event';
import type { Member } from '../../shared/member';
import { RejectionError, refuse } from '../../shared/rejection';
import {
  checkCancelSignup, checkCheckIn, checkOfferResponse, checkPartyChange, checkSignup, isAdult, makeSignup,
  type Signup, type SignupContext,
} from '../../shared/events/signup';
import type { Database } from '../db/schema';
import { findMember, findMembers } from '../member/member.repository';
import type { MutationHandler } from '../sync/mutation-context';
import { findEvents, findSignups, insertSignup } from './event.repository';
import { recordSignup, settleEvent } from './event-changes';

/** Loads an event or refuses NOT_FOUND. */
export async function eventOrRefuse(trx: Transaction<Database>, id: string, field: string): Promise<CommunityEvent> {
  const [event] = await findEvents(trx, [id]);
  if (!event) refuse('NOT_FOUND', [field], 'no such event');
  return event;
}

/** Loads a sign-up and its event, or refuses NOT_FOUND. */
async function signupOrRefuse(trx: Transaction<Database>, id: string): Promise<{ signup: Signup; event: CommunityEvent }> {
  const [signup] = await findSignups(trx, [id]);
  if (!signup) refuse('NOT_FOUND', ['signupId'], 'no such sign-up');
  return { signup, event: await eventOrRefuse(trx, signup.eventId, 'signupId') };
}

/** Loads the party in the order given, or refuses NOT_FOUND for anyone unknown. */
async function partyOrRefuse(trx: Transaction<Database>, ids: string[]): Promise<Member[]> {
  const found = new Map((await findMembers(trx, ids)).map((m) => [m.id, m]));
  return ids.map((id) => found.get(id) ?? refuse('NOT_FOUND', ['memberIds'], 'no such person'));
}

/**
 * Signs a party up. Inside the locked transaction it first settles the event (lapsed offers pass
 * on), then re-runs the shared checkSignup against every sign-up of the event, so parallel
 * sign-ups for the last places are decided one after another and never overbook: a party that
 * no longer fits joins the waiting list.
 */
export const signUpForEvent: MutationHandler<'signUpForEvent'> = async ({ trx, recordChange, actor, now }, args) => {
  const stored = await eventOrRefuse(trx, args.eventId, 'eventId');
  const { event, signups } = await settleEvent(trx, recordChange, stored, now);
  const ctx: SignupContext = { actor, event, party: await partyOrRefuse(trx, args.memberIds), eventSignups: signups, now };
  const refusal = checkSignup(ctx);
  if (refusal) throw new RejectionError(refusal);
  if ((await findSignups(trx, [args.signupId])).length > 0) {
    refuse('INVALID', ['signupId'], 'this sign-up id is already used');
  }
  const signup = makeSignup(ctx, args.signupId, now.toISOString());
  if (signups.some((s) => s.ticketCode === signup.ticketCode)) {
    refuse('INVALID', ['signupId'], 'ticket code clash: sign up again');
  }
  await insertSignup(trx, signup);
  await recordSignup(trx, recordChange, signup);
  await settleEvent(trx, recordChange, event, now, [signup]);
};

/** Cancels a sign-up; in the same transaction the freed places move the waiting list on. */
export const cancelSignup: MutationHandler<'cancelSignup'> = async ({ trx, recordChange, actor, now }, args) => {
  const { signup, event } = await signupOrRefuse(trx, args.signupId);
  const refusal = checkCancelSignup(actor, signup, event, now);
  if (refusal) throw new RejectionError(refusal);
  await settleEvent(trx, recordChange, event, now, [{ ...signup, status: 'cancelled', offerExpiresAt: null }]);
};

/** Changes who comes; a smaller party frees places for the waiting list at once. */
export const changeSignupParty: MutationHandler<'changeSignupParty'> = async ({ trx, recordChange, actor, now }, args) => {
  const found = await signupOrRefuse(trx, args.signupId);
  const { event, signups } = await settleEvent(trx, recordChange, found.event, now);
  const signup = signups.find((s) => s.id === found.signup.id) ?? found.signup;
  const party = await partyOrRefuse(trx, args.memberIds);
  const refusal = checkPartyChange({ actor, event, party, eventSignups: signups, now, signup });
  if (refusal) throw new RejectionError(refusal);
  const adults = party.filter((m) => isAdult(m, event)).length;
  const changed: Signup = { ...signup, memberIds: party.map((m) => m.id), adults, children: party.length - adults };
  await settleEvent(trx, recordChange, event, now, [changed]);
};

/** A family accepts offered places (confirmed) or declines them (they pass on). */
export const answerSignupOffer: MutationHandler<'answerSignupOffer'> = async ({ trx, recordChange, actor, now }, args) => {
  const { signup, event } = await signupOrRefuse(trx, args.signupId);
  const refusal = checkOfferResponse(actor, signup, now);
  if (refusal) throw new RejectionError(refusal);
  const answered: Signup = args.accept
    ? { ...signup, status: 'confirmed', offerExpiresAt: null }
    : { ...signup, status: 'cancelled', offerExpiresAt: null };
  await settleEvent(trx, recordChange, event, now, [answered]);
};

/**
 * Checks a party in at the door. Devices queue check-ins offline; the first to reach the server
 * stands and a later one is refused ALREADY_CHECKED_IN naming who and when. The time recorded is
 * when the ticket was scanned, never later than now.
 */
export const checkInSignup: MutationHandler<'checkInSignup'> = async ({ trx, recordChange, actor, now }, args) => {
  const { signup, event } = await signupOrRefuse(trx, args.signupId);
  const refusal = checkCheckIn(actor, signup, event);
  if (refusal) throw new RejectionError(refusal);
  const staff = await findMember(trx, actor.id);
  const at = new Date(Math.min(Date.parse(args.scannedAt), now.getTime())).toISOString();
  const checked: Signup = { ...signup, checkedInAt: at, checkedInById: actor.id, checkedInByName: staff?.name ?? '' };
  await settleEvent(trx, recordChange, event, now, [checked]);
};
