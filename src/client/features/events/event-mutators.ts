/**
 * Optimistic mutators of the events service. A resident's phone holds only its own household's
 * sign-ups, so event counters are adjusted by the party's own change; the server recounts from
 * every sign-up and moves the waiting list on, and the next pull brings the truth.
 */
import { checkCancelEvent, checkCreateEvent, checkUpdateEvent, makeEvent, weeklyOccurrences } from '../../../shared/events/event';
import { checkProposeWish, checkVote } from '../../../shared/events/event-wish';
import { checkAddHouseholdMember, makeHouseholdMember } from '../../../shared/household';
import type { Member } from '../../../shared/member';
import { RejectionError, refuse } from '../../../shared/rejection';
import {
  checkCancelSignup, checkCheckIn, checkOfferResponse, checkPartyChange, checkSignup, holdsPlaces, isAdult, makeSignup,
  partySize,
} from '../../../shared/events/signup';
import { shanghaiDate } from '../../../shared/time';
import type { ClientMutator } from '../../sync/client-mutator';
import type { RecordingStore } from '../../sync/recording-store';

function stop(refusal: ReturnType<typeof checkSignup>): void {
  if (refusal) throw new RejectionError(refusal);
}

async function partyOf(store: RecordingStore, ids: string[]): Promise<Member[]> {
  const party: Member[] = [];
  for (const id of ids) party.push((await store.get('member', id)) ?? refuse('NOT_FOUND', ['memberIds'], 'no such person'));
  return party;
}

async function eventOf(store: RecordingStore, id: string, field: string) {
  return (await store.get('event', id)) ?? refuse('NOT_FOUND', [field], 'no such event');
}

async function signupOf(store: RecordingStore, id: string) {
  return (await store.get('signup', id)) ?? refuse('NOT_FOUND', ['signupId'], 'no such sign-up');
}

/** Adds a child to the household at once; offline the row exists only on this phone until pushed. */
export const addHouseholdMember: ClientMutator<'addHouseholdMember'> = async (store, args, { actor, now }) => {
  stop(checkAddHouseholdMember(actor, args.birthDate, shanghaiDate(now)));
  store.put('member', makeHouseholdMember(actor, args));
};

/**
 * Offline: signs up against the local places count, which may be stale; the server decides
 * confirmed or waiting again inside its transaction, and the next pull shows which it was.
 */
export const signUpForEvent: ClientMutator<'signUpForEvent'> = async (store, args, { actor, now, createdAt }) => {
  const event = await eventOf(store, args.eventId, 'eventId');
  const ctx = { actor, event, party: await partyOf(store, args.memberIds), eventSignups: await store.where('signup', 'eventId', event.id), now };
  stop(checkSignup(ctx));
  const signup = makeSignup(ctx, args.signupId, createdAt);
  store.put('signup', signup);
  store.put('event', signup.status === 'confirmed'
    ? { ...event, placesTaken: event.placesTaken + partySize(signup) }
    : { ...event, waitingCount: event.waitingCount + 1 });
};

/** Offline: removes the sign-up and frees its places locally; the server promotes the waiting list. */
export const cancelSignup: ClientMutator<'cancelSignup'> = async (store, args, { actor, now }) => {
  const signup = await signupOf(store, args.signupId);
  const event = await eventOf(store, signup.eventId, 'signupId');
  stop(checkCancelSignup(actor, signup, event, now));
  store.delete('signup', signup.id);
  store.put('event', holdsPlaces(signup)
    ? { ...event, placesTaken: Math.max(0, event.placesTaken - partySize(signup)) }
    : { ...event, waitingCount: Math.max(0, event.waitingCount - 1) });
};

/** Changes who comes; a confirmed party's growth is checked against the local places left. */
export const changeSignupParty: ClientMutator<'changeSignupParty'> = async (store, args, { actor, now }) => {
  const signup = await signupOf(store, args.signupId);
  const event = await eventOf(store, signup.eventId, 'signupId');
  const party = await partyOf(store, args.memberIds);
  stop(checkPartyChange({ actor, event, party, eventSignups: [], now, signup }));
  const adults = party.filter((m) => isAdult(m, event)).length;
  store.put('signup', { ...signup, memberIds: party.map((m) => m.id), adults, children: party.length - adults });
  if (holdsPlaces(signup)) store.put('event', { ...event, placesTaken: Math.max(0, event.placesTaken + party.length - partySize(signup)) });
};

/** Accepts or declines offered places. */
export const answerSignupOffer: ClientMutator<'answerSignupOffer'> = async (store, args, { actor, now }) => {
  const signup = await signupOf(store, args.signupId);
  stop(checkOfferResponse(actor, signup, now));
  if (args.accept) store.put('signup', { ...signup, status: 'confirmed', offerExpiresAt: null });
  else store.delete('signup', signup.id);
};

/**
 * Staff at the door, also offline: marks the party checked in on this device at once. Another
 * device may have checked it in first; the server then refuses ALREADY_CHECKED_IN with who and when.
 */
export const checkInSignup: ClientMutator<'checkInSignup'> = async (store, args, { actor }) => {
  const signup = await signupOf(store, args.signupId);
  const event = await eventOf(store, signup.eventId, 'signupId');
  stop(checkCheckIn(actor, signup, event));
  const me = await store.get('member', actor.id);
  store.put('signup', { ...signup, checkedInAt: args.scannedAt, checkedInById: actor.id, checkedInByName: me?.name ?? '' });
};

/** Staff: creates the event (or every date of a weekly series) locally at once. */
export const createEvent: ClientMutator<'createEvent'> = async (store, args, { actor, createdAt }) => {
  stop(checkCreateEvent(actor, args.communityId, args.fields));
  const me = await store.get('member', actor.id);
  const dates = weeklyOccurrences(args.fields, args.eventIds.length);
  args.eventIds.forEach((id, i) => {
    store.put('event', makeEvent({ id: actor.id, name: me?.name ?? '' }, { id, communityId: args.communityId, seriesId: args.seriesId }, { ...args.fields, ...dates[i] }, createdAt));
  });
};

/** Staff: edits an event at once; when places grow the server moves the waiting list on, and the next pull shows who. */
export const updateEvent: ClientMutator<'updateEvent'> = async (store, args, { actor }) => {
  const event = await eventOf(store, args.eventId, 'eventId');
  stop(checkUpdateEvent(actor, event, args.fields));
  store.put('event', { ...event, ...args.fields });
};

/** Staff: cancels an event; families see it after their next sync. */
export const cancelEvent: ClientMutator<'cancelEvent'> = async (store, args, { actor }) => {
  const event = await eventOf(store, args.eventId, 'eventId');
  stop(checkCancelEvent(actor, event));
  store.put('event', { ...event, status: 'cancelled' });
};

/** Proposes a topic, with one's own vote. */
export const proposeEventWish: ClientMutator<'proposeEventWish'> = async (store, args, { actor, createdAt }) => {
  stop(checkProposeWish(actor));
  store.put('eventWish', { id: args.wishId, communityId: actor.communityId, topic: args.topic, proposedById: actor.id, votes: 1, voterIds: [actor.id], createdAt });
};

/** Adds one's vote. */
export const voteEventWish: ClientMutator<'voteEventWish'> = async (store, args, { actor }) => {
  const wish = (await store.get('eventWish', args.wishId)) ?? refuse('NOT_FOUND', ['wishId'], 'no such wish');
  stop(checkVote(actor, wish));
  store.put('eventWish', { ...wish, votes: wish.votes + 1, voterIds: [...wish.voterIds, actor.id] });
};
