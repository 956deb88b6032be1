import { canActFor, type Actor, type Member } from '../member';
import { ageOn, shanghaiDate } from '../time';
import { hasStarted, isOrganiserOf, isPastDeadline, placesLeft, type CommunityEvent } from './event';
import { reject, type Rejection } from '../rejection';

export * from './signup-schema';
import { ADULT_AGE, MAX_PARTY, type Signup, type SignupStatus } from './signup-schema';

/** People a sign-up takes: every adult and child counts. */
export function partySize(s: Pick<Signup, 'memberIds'>): number {
  return s.memberIds.length;
}

/** Whether a sign-up holds or waits for places (not cancelled). */
export function isActive(s: Pick<Signup, 'status'>): boolean {
  return s.status !== 'cancelled';
}

/** Whether a sign-up holds places now (confirmed or offered). */
export function holdsPlaces(s: Pick<Signup, 'status'>): boolean {
  return s.status === 'confirmed' || s.status === 'offered';
}

/** A member's age on the event's (Shanghai) date, or null when the birth date is unknown. */
export function ageAtEvent(member: Pick<Member, 'birthDate'>, event: Pick<CommunityEvent, 'startsAt'>): number | null {
  return member.birthDate === null ? null : ageOn(member.birthDate, shanghaiDate(new Date(event.startsAt)));
}

/** Whether a member counts as an adult: 18 or older, or a person who logs in when no age is known. */
export function isAdult(member: Pick<Member, 'birthDate' | 'hasLogin'>, event: Pick<CommunityEvent, 'startsAt'>): boolean {
  const age = ageAtEvent(member, event);
  return age === null ? member.hasLogin : age >= ADULT_AGE;
}

/** Whether an age fits an event's range (an open end admits all). */
export function isAgeInRange(event: Pick<CommunityEvent, 'minAge' | 'maxAge'>, age: number | null): boolean {
  if (event.minAge === null && event.maxAge === null) return true;
  if (age === null) return false;
  return (event.minAge === null || age >= event.minAge) && (event.maxAge === null || age <= event.maxAge);
}

/**
 * Checks a party's ages: everyone must be in the event's range, except that adults may come with
 * the children where the event lets them accompany (and then at least one must be in range).
 */
export function checkPartyAges(event: CommunityEvent, party: Member[]): Rejection | null {
  let inRange = 0;
  for (const m of party) {
    if (isAgeInRange(event, ageAtEvent(m, event))) inRange += 1;
    else if (!(event.adultsAccompany && isAdult(m, event))) {
      return reject('AGE_OUT_OF_RANGE', ['memberIds'], `${m.name} is outside the age range of this event`);
    }
  }
  if (inRange === 0) return reject('AGE_OUT_OF_RANGE', ['memberIds'], 'nobody in this party is in the age range');
  return null;
}

/** Everything the sign-up rule needs, gathered by the client or, authoritatively, the server. */
export interface SignupContext {
  actor: Actor;
  event: CommunityEvent;
  party: Member[];
  /** The event's sign-ups that the rule must know of: at least every active one of this household. */
  eventSignups: Signup[];
  now: Date;
}

/** The household key of a party: its household, or its single person when they have none. */
function familyOf(party: Pick<Member, 'id' | 'householdId'>[]): string {
  return party[0]?.householdId ?? party[0]?.id ?? '';
}

/** The active sign-up of a household (or household-less person) for the event, if any. */
export function householdSignup(signups: Signup[], family: Pick<Member, 'id' | 'householdId'>): Signup | undefined {
  return signups.find((s) => isActive(s) && (family.householdId !== null
    ? s.householdId === family.householdId
    : s.householdId === null && s.memberIds.includes(family.id)));
}

/** Checks who is in a party: one household, people the actor may act for, no one twice. */
function checkPartyMembers(actor: Actor, party: Member[]): Rejection | null {
  if (party.length === 0) return reject('INVALID', ['memberIds'], 'a party needs at least one person');
  if (party.length > MAX_PARTY) return reject('PARTY_TOO_LARGE', ['memberIds'], `at most ${MAX_PARTY} people per household`);
  if (new Set(party.map((m) => m.id)).size !== party.length) return reject('INVALID', ['memberIds'], 'someone is in the party twice');
  const family = familyOf(party);
  for (const m of party) {
    if (!canActFor(actor, m)) return reject('FORBIDDEN', ['memberIds'], `you may not sign up ${m.name}`);
    if ((m.householdId ?? m.id) !== family) return reject('INVALID', ['memberIds'], 'a party is one household');
  }
  return null;
}

/**
 * Decides whether a party may sign up: the event is open in the actor's community, before the
 * deadline, the ages fit, the party fits the event at all, and the household has no sign-up yet.
 * A party that fits no longer (places gone, or families already waiting) joins the waiting list:
 * see signupStatusFor.
 */
export function checkSignup(ctx: SignupContext): Rejection | null {
  const { actor, event, party, now } = ctx;
  if (!actor.communityIds.includes(event.communityId)) return reject('FORBIDDEN', ['eventId'], 'this event is not in your community');
  if (event.status === 'cancelled') return reject('EVENT_CANCELLED', ['eventId'], 'this event is cancelled');
  if (isPastDeadline(event, now)) return reject('SIGNUP_CLOSED', ['eventId'], 'sign-up for this event has closed');
  const members = checkPartyMembers(actor, party);
  if (members) return members;
  if (party.length > event.capacity) return reject('PARTY_TOO_LARGE', ['memberIds'], `this event has ${event.capacity} places in all`);
  const ages = checkPartyAges(event, party);
  if (ages) return ages;
  if (householdSignup(ctx.eventSignups, party[0] as Member)) {
    return reject('ALREADY_SIGNED_UP', ['eventId'], 'your household has already signed up for this event');
  }
  return null;
}

/** Confirmed when the whole party fits and nobody waits ahead of it; otherwise the waiting list. */
export function signupStatusFor(event: CommunityEvent, size: number): 'confirmed' | 'waiting' {
  return event.waitingCount === 0 && size <= placesLeft(event) ? 'confirmed' : 'waiting';
}

/** The sign-up row a successful check produces, identical on client and server. */
export function makeSignup(ctx: SignupContext, id: string, createdAt: string): Signup {
  const { event, party } = ctx;
  const adults = party.filter((m) => isAdult(m, event)).length;
  const status = signupStatusFor(event, party.length);
  return {
    id, eventId: event.id, communityId: event.communityId, householdId: party[0]?.householdId ?? null,
    bookedById: ctx.actor.id, memberIds: party.map((m) => m.id), adults, children: party.length - adults,
    status, ticketCode: ticketCodeFor(id), queuedAt: createdAt,
    // a newcomer queues behind every party already waiting
    waitlistPosition: status === 'waiting' ? event.waitingCount + 1 : null,
    offerExpiresAt: null, checkedInAt: null, checkedInById: null, checkedInByName: null, createdAt,
  };
}

/** The event's counters after a sign-up changed status or size. */
export function recount(event: CommunityEvent, signups: Signup[]): CommunityEvent {
  const own = signups.filter((s) => s.eventId === event.id);
  return {
    ...event,
    placesTaken: own.filter(holdsPlaces).reduce((sum, s) => sum + partySize(s), 0),
    waitingCount: own.filter((s) => s.status === 'waiting').length,
  };
}

/** The waiting list in order: who joined first goes first (ties by id, so every side agrees). */
export function waitingList(signups: Signup[]): Signup[] {
  return signups.filter((s) => s.status === 'waiting').sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.id.localeCompare(b.id));
}

/**
 * Every sign-up with its waiting-list place (1 = next in line; null when not waiting), from the
 * whole list: the server stores it on each row so a family sees its place without seeing the
 * others. Rows whose place did not change are returned as they were (same object).
 */
export function withWaitlistPositions(signups: Signup[]): Signup[] {
  const places = new Map(waitingList(signups).map((s, i) => [s.id, i + 1]));
  return signups.map((s) => {
    const place = places.get(s.id) ?? null;
    return place === s.waitlistPosition ? s : { ...s, waitlistPosition: place };
  });
}

/**
 * Moves the waiting list on after places were freed: strictly in order and by whole parties, so a
 * party that does not fit stops the list (a big family is never overtaken). Policy 'auto'
 * confirms; 'offer' holds the places until offerExpiresAt. Returns the changed sign-ups; pass
 * every sign-up of the event (the server does, inside the locked transaction).
 */
export function promoteWaiting(event: CommunityEvent, signups: Signup[], now: Date): Signup[] {
  if (event.status === 'cancelled' || hasStarted(event, now)) return [];
  let free = placesLeft(recount(event, signups));
  const promoted: Signup[] = [];
  for (const s of waitingList(signups)) {
    if (partySize(s) > free) break;
    free -= partySize(s);
    promoted.push(event.promotion === 'auto'
      ? { ...s, status: 'confirmed' }
      : { ...s, status: 'offered', offerExpiresAt: new Date(now.getTime() + event.offerHours * 3_600_000).toISOString() });
  }
  return promoted;
}

/** Offers whose window has passed at an instant; they lapse and the list moves on. */
export function lapsedOffers(signups: Signup[], now: Date): Signup[] {
  return signups.filter((s) => s.status === 'offered' && s.offerExpiresAt !== null && Date.parse(s.offerExpiresAt) <= now.getTime());
}

/** Decides whether a sign-up may be cancelled: by the family (or staff), until the event starts. */
export function checkCancelSignup(actor: Actor, signup: Signup, event: CommunityEvent, now: Date): Rejection | null {
  if (!mayActForSignup(actor, signup)) return reject('FORBIDDEN', ['signupId'], 'you may not cancel this sign-up');
  if (signup.status === 'cancelled') return reject('ALREADY_CANCELLED', ['signupId'], 'this sign-up is already cancelled');
  if (hasStarted(event, now)) return reject('EVENT_STARTED', ['signupId'], 'the event has started');
  return null;
}

/** Whether the actor may act for a sign-up: whoever made it, its household, or the community's staff. */
export function mayActForSignup(actor: Actor, signup: Signup): boolean {
  if (signup.bookedById === actor.id) return true;
  if (signup.householdId !== null && signup.householdId === actor.householdId) return true;
  return isOrganiserOf(actor, signup.communityId);
}

/**
 * Decides a change of party (e.g. one child cannot come): the same checks as signing up, and a
 * confirmed party may grow only within the places left.
 */
export function checkPartyChange(ctx: SignupContext & { signup: Signup }): Rejection | null {
  const { actor, event, party, signup, now } = ctx;
  if (!mayActForSignup(actor, signup)) return reject('FORBIDDEN', ['signupId'], 'you may not change this sign-up');
  if (!isActive(signup)) return reject('ALREADY_CANCELLED', ['signupId'], 'this sign-up is cancelled');
  if (event.status === 'cancelled') return reject('EVENT_CANCELLED', ['signupId'], 'this event is cancelled');
  if (hasStarted(event, now)) return reject('EVENT_STARTED', ['signupId'], 'the event has started');
  const members = checkPartyMembers(actor, party);
  if (members) return members;
  if (party.some((m) => (m.householdId ?? m.id) !== (signup.householdId ?? signup.memberIds[0]))) {
    return reject('INVALID', ['memberIds'], 'a party is one household');
  }
  const ages = checkPartyAges(event, party);
  if (ages) return ages;
  const growth = party.length - partySize(signup);
  if (holdsPlaces(signup) && growth > placesLeft(event)) {
    return reject('PARTY_TOO_LARGE', ['memberIds'], `only ${placesLeft(event)} more places are left`);
  }
  if (party.length > event.capacity) return reject('PARTY_TOO_LARGE', ['memberIds'], `this event has ${event.capacity} places in all`);
  return null;
}

/** Decides a family's answer to an offered place: only while offered and within its window. */
export function checkOfferResponse(actor: Actor, signup: Signup, now: Date): Rejection | null {
  if (!mayActForSignup(actor, signup)) return reject('FORBIDDEN', ['signupId'], 'you may not answer for this sign-up');
  if (signup.status !== 'offered') return reject('NO_OFFER', ['signupId'], 'no place is offered to this sign-up');
  if (signup.offerExpiresAt !== null && Date.parse(signup.offerExpiresAt) <= now.getTime()) {
    return reject('NO_OFFER', ['signupId'], 'the offer has lapsed');
  }
  return null;
}

/**
 * Decides a check-in at the door by the event's staff. The first check-in stands: a second one
 * (another device, offline at the time) is refused with who checked the party in and when, in
 * the rejection's detail, so the second device can say so in the user's language.
 */
export function checkCheckIn(actor: Actor, signup: Signup, event: CommunityEvent): Rejection | null {
  if (!isOrganiserOf(actor, signup.communityId)) return reject('FORBIDDEN', ['signupId'], 'only staff of this community check people in');
  if (signup.checkedInAt !== null) {
    return {
      ...reject('ALREADY_CHECKED_IN', ['signupId'], `already checked in by ${signup.checkedInByName ?? ''} at ${signup.checkedInAt}`),
      detail: { byName: signup.checkedInByName ?? '', at: signup.checkedInAt },
    };
  }
  if (event.status === 'cancelled') return reject('EVENT_CANCELLED', ['signupId'], 'this event is cancelled');
  if (signup.status !== 'confirmed') return reject('NOT_CONFIRMED', ['signupId'], 'this party has no confirmed places');
  return null;
}

/** Ticket codes use letters and digits nobody confuses (no 0/O, 1/I/L). */
export const TICKET_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const TICKET_CODE_LENGTH = 6;

/**
 * The short code printed on a ticket, derived from the sign-up id so the phone shows it offline
 * and the server computes the same one. Two FNV-1a hashes give ~31^6 codes; the server refuses
 * the (vanishingly rare) clash within one event.
 */
export function ticketCodeFor(signupId: string): string {
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < signupId.length; i += 1) {
      h ^= signupId.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
  };
  let n = hash(0x811c9dc5) * 2 ** 20 + (hash(0x01234567) & 0xfffff);
  let code = '';
  for (let i = 0; i < TICKET_CODE_LENGTH; i += 1) {
    code += TICKET_ALPHABET[n % TICKET_ALPHABET.length];
    n = Math.floor(n / TICKET_ALPHABET.length);
  }
  return code;
}

/** What a ticket's QR code holds: a prefix, the sign-up id and its code. */
export function ticketPayload(signup: Pick<Signup, 'id' | 'ticketCode'>): string {
  return `LLT1:${signup.id}:${signup.ticketCode}`;
}

/** Reads a scanned QR payload or a typed code: the sign-up id (if scanned) and the code. */
export function parseTicket(text: string): { signupId: string | null; code: string } | null {
  const trimmed = text.trim().toUpperCase();
  const scanned = /^LLT1:(.+):([A-Z0-9]{6})$/i.exec(text.trim());
  if (scanned) return { signupId: scanned[1] ?? null, code: (scanned[2] ?? '').toUpperCase() };
  const typed = trimmed.replace(/[\s-]/g, '');
  return typed.length === TICKET_CODE_LENGTH && [...typed].every((c) => TICKET_ALPHABET.includes(c)) ? { signupId: null, code: typed } : null;
}
