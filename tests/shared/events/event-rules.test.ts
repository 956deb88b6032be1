import { describe, expect, it } from 'vitest';
import { checkCreateEvent, placesLeft, weeklyOccurrences } from '../../../src/shared/events/event';
import {
  checkCancelSignup, checkCheckIn, checkPartyChange, checkSignup, lapsedOffers, makeSignup, parseTicket, promoteWaiting,
  recount, signupStatusFor, ticketCodeFor, ticketPayload, TICKET_ALPHABET, waitingList, withWaitlistPositions, type SignupContext,
} from '../../../src/shared/events/signup';
import { checkVote, rankWishes } from '../../../src/shared/events/event-wish';
import { ACTOR, DAUGHTER, event, NOW, PARENT, person, SON, STAFF, signup } from './event-fixtures';

function ctx(overrides: Partial<SignupContext> = {}): SignupContext {
  return { actor: ACTOR, event: event(), party: [PARENT, SON], eventSignups: [], now: NOW, ...overrides };
}

describe('checkSignup', () => {
  it('admits a parent with a child in the age range', () => {
    expect(checkSignup(ctx())).toBeNull();
  });

  it('refuses a child outside the age range, and an adult where adults may not accompany', () => {
    expect(checkSignup(ctx({ party: [PARENT, DAUGHTER] }))?.code).toBe('AGE_OUT_OF_RANGE'); // she is 5
    expect(checkSignup(ctx({ event: event({ adultsAccompany: false }) }))?.code).toBe('AGE_OUT_OF_RANGE');
    expect(checkSignup(ctx({ party: [PARENT] }))?.code).toBe('AGE_OUT_OF_RANGE');
    expect(checkSignup(ctx({ party: [PARENT, person('c-x', null)] }))?.code).toBe('AGE_OUT_OF_RANGE');
  });

  it('judges age on the event date: a child turning 6 before the event is in range', () => {
    const almostSix = person('c-six', '2020-11-27');
    expect(checkSignup(ctx({ party: [PARENT, almostSix] }))).toBeNull();
    expect(checkSignup(ctx({ party: [PARENT, person('c-late', '2020-11-29')] }))?.code).toBe('AGE_OUT_OF_RANGE');
  });

  it('admits anyone to an event without an age range', () => {
    expect(checkSignup(ctx({ event: event({ minAge: null, maxAge: null }), party: [PARENT, DAUGHTER] }))).toBeNull();
  });

  it('closes at the deadline and for cancelled events', () => {
    expect(checkSignup(ctx({ now: new Date('2026-11-27T10:00:00.000Z') }))?.code).toBe('SIGNUP_CLOSED');
    expect(checkSignup(ctx({ now: new Date('2026-11-27T09:59:59.000Z') }))).toBeNull();
    expect(checkSignup(ctx({ event: event({ status: 'cancelled' }) }))?.code).toBe('EVENT_CANCELLED');
  });

  it('allows one sign-up per household per event', () => {
    const existing = signup('s1', 2, 'waiting', 1, { householdId: 'hh-lin' });
    expect(checkSignup(ctx({ eventSignups: [existing] }))?.code).toBe('ALREADY_SIGNED_UP');
    expect(checkSignup(ctx({ eventSignups: [{ ...existing, status: 'cancelled' }] }))).toBeNull();
    expect(checkSignup(ctx({ eventSignups: [signup('s2', 2, 'confirmed', 1)] }))).toBeNull();
  });

  it('checks party size against the event, and who may be in a party', () => {
    expect(checkSignup(ctx({ event: event({ capacity: 1 }) }))?.code).toBe('PARTY_TOO_LARGE');
    const neighbourChild = person('c-n', '2016-01-01', { householdId: 'hh-other' });
    expect(checkSignup(ctx({ party: [PARENT, neighbourChild] }))?.code).toBe('FORBIDDEN');
    expect(checkSignup(ctx({ party: [PARENT, SON, SON] }))?.code).toBe('INVALID');
    expect(checkSignup(ctx({ actor: { ...ACTOR, communityIds: ['lingyun'] } }))?.code).toBe('FORBIDDEN');
  });

  it('confirms a party that fits and puts the rest on the waiting list', () => {
    expect(signupStatusFor(event({ capacity: 30, placesTaken: 28 }), 2)).toBe('confirmed');
    expect(signupStatusFor(event({ capacity: 30, placesTaken: 28 }), 3)).toBe('waiting');
    // nobody jumps the queue: with families waiting, a new party waits even if it would fit
    expect(signupStatusFor(event({ capacity: 30, placesTaken: 27, waitingCount: 1 }), 1)).toBe('waiting');
    const s = makeSignup(ctx(), 'sid-1', NOW.toISOString());
    expect(s).toMatchObject({ status: 'confirmed', adults: 1, children: 1, householdId: 'hh-lin', ticketCode: ticketCodeFor('sid-1') });
  });
});

describe('the waiting list', () => {
  it('orders by when a party joined', () => {
    const list = waitingList([signup('c', 1, 'waiting', 3), signup('a', 1, 'waiting', 1), signup('x', 1, 'confirmed', 0), signup('b', 1, 'waiting', 2)]);
    expect(list.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('promotes whole parties in order and stops at a party that does not fit', () => {
    const ev = event({ capacity: 10 });
    const signups = [signup('held', 7, 'confirmed', 0), signup('big', 4, 'waiting', 1), signup('small', 1, 'waiting', 2)];
    // 3 free: the party of 4 does not fit and keeps its turn; the party of 1 behind it waits too
    expect(promoteWaiting(ev, signups, NOW)).toEqual([]);
    const afterCancel = [{ ...signups[0]!, status: 'cancelled' as const }, signups[1]!, signups[2]!];
    const promoted = promoteWaiting(ev, afterCancel, NOW);
    expect(promoted.map((s) => [s.id, s.status])).toEqual([['big', 'confirmed'], ['small', 'confirmed']]);
    expect(recount(ev, [afterCancel[0]!, ...promoted])).toMatchObject({ placesTaken: 5, waitingCount: 0 });
  });

  it('offers places for a window under the offer policy, and lapsed offers are found', () => {
    const ev = event({ capacity: 2, promotion: 'offer', offerHours: 24 });
    const [offered] = promoteWaiting(ev, [signup('w', 2, 'waiting', 1)], NOW);
    expect(offered).toMatchObject({ status: 'offered', offerExpiresAt: '2026-11-24T02:00:00.000Z' });
    expect(lapsedOffers([offered!], new Date('2026-11-24T01:59:59Z'))).toEqual([]);
    expect(lapsedOffers([offered!], new Date('2026-11-24T02:00:00Z'))).toHaveLength(1);
    expect(placesLeft(recount(ev, [offered!]))).toBe(0);
  });

  it('numbers each waiting party\'s place from 1 in order, and a newcomer queues last', () => {
    const held = signup('held', 2, 'confirmed', 0);
    const first = signup('first', 1, 'waiting', 1, { waitlistPosition: 1 });
    const rows = [signup('third', 1, 'waiting', 3), held, first, signup('second', 1, 'waiting', 2), signup('gone', 1, 'cancelled', 0)];
    const numbered = withWaitlistPositions(rows);
    expect(numbered.map((s) => [s.id, s.waitlistPosition])).toEqual([['third', 3], ['held', null], ['first', 1], ['second', 2], ['gone', null]]);
    // rows already right are the same objects, so the server writes only what moved
    expect(numbered[1]).toBe(held);
    expect(numbered[2]).toBe(first);
    expect(withWaitlistPositions([{ ...first, status: 'confirmed' }])[0]?.waitlistPosition).toBeNull();
    const late = makeSignup(ctx({ event: event({ capacity: 30, placesTaken: 30, waitingCount: 2 }) }), 'sid-late', NOW.toISOString());
    expect(late).toMatchObject({ status: 'waiting', waitlistPosition: 3 });
    expect(makeSignup(ctx(), 'sid-ok', NOW.toISOString()).waitlistPosition).toBeNull();
  });

  it('promotes nobody once the event has started or is cancelled', () => {
    const waiting = [signup('w', 1, 'waiting', 1)];
    expect(promoteWaiting(event({ status: 'cancelled' }), waiting, NOW)).toEqual([]);
    expect(promoteWaiting(event(), waiting, new Date('2026-11-28T02:00:00Z'))).toEqual([]);
  });
});

describe('cancel, change and check in', () => {
  const mine = signup('m', 2, 'confirmed', 0, { householdId: 'hh-lin', bookedById: 'u-lin', memberIds: ['u-lin', 'c-son'] });

  it('cancels until the event starts, by the household or staff only', () => {
    expect(checkCancelSignup(ACTOR, mine, event(), NOW)).toBeNull();
    expect(checkCancelSignup(STAFF, mine, event(), NOW)).toBeNull();
    expect(checkCancelSignup({ ...ACTOR, id: 'u-x', householdId: 'hh-x' }, mine, event(), NOW)?.code).toBe('FORBIDDEN');
    expect(checkCancelSignup(ACTOR, mine, event(), new Date('2026-11-28T01:30:00Z'))?.code).toBe('EVENT_STARTED');
  });

  it('lets a confirmed party grow only within the places left', () => {
    const third = person('c-third', '2015-02-02');
    const base = { actor: ACTOR, eventSignups: [mine], now: NOW, signup: mine };
    expect(checkPartyChange({ ...base, event: event({ capacity: 3, placesTaken: 2 }), party: [PARENT, SON, third] })).toBeNull();
    expect(checkPartyChange({ ...base, event: event({ capacity: 2, placesTaken: 2 }), party: [PARENT, SON, third] })?.code).toBe('PARTY_TOO_LARGE');
    expect(checkPartyChange({ ...base, event: event({ capacity: 2, placesTaken: 2 }), party: [PARENT, SON] })).toBeNull();
  });

  it('lets the first check-in stand and names who and when to the second', () => {
    expect(checkCheckIn(STAFF, mine, event())).toBeNull();
    expect(checkCheckIn(ACTOR, mine, event())?.code).toBe('FORBIDDEN');
    const done = { ...mine, checkedInAt: '2026-11-28T01:35:00.000Z', checkedInById: 'u-staff', checkedInByName: '何老师' };
    expect(checkCheckIn(STAFF, done, event())).toMatchObject({
      code: 'ALREADY_CHECKED_IN', detail: { byName: '何老师', at: '2026-11-28T01:35:00.000Z' },
    });
    expect(checkCheckIn(STAFF, { ...mine, status: 'waiting' }, event())?.code).toBe('NOT_CONFIRMED');
  });
});

describe('tickets', () => {
  it('makes a stable 6-character code from an unambiguous alphabet', () => {
    const code = ticketCodeFor('4b7c9a1e-1111-4222-8333-444455556666');
    expect(code).toHaveLength(6);
    expect([...code].every((c) => TICKET_ALPHABET.includes(c))).toBe(true);
    expect(ticketCodeFor('4b7c9a1e-1111-4222-8333-444455556666')).toBe(code);
    const codes = new Set(Array.from({ length: 2000 }, (_, i) => ticketCodeFor(`id-${i}`)));
    expect(codes.size).toBe(2000);
  });

  it('reads a scanned payload or a typed code', () => {
    expect(parseTicket(ticketPayload({ id: 'sig-1', ticketCode: 'ABC234' }))).toEqual({ signupId: 'sig-1', code: 'ABC234' });
    expect(parseTicket(' abc-234 ')).toEqual({ signupId: null, code: 'ABC234' });
    expect(parseTicket('ABC10O')).toBeNull();
  });
});

describe('events, series and wishes', () => {
  it('lets only staff create events, with times and ages in order', () => {
    const fields = { ...event() };
    expect(checkCreateEvent(STAFF, 'bixiahu', fields)).toBeNull();
    expect(checkCreateEvent(ACTOR, 'bixiahu', fields)?.code).toBe('FORBIDDEN');
    expect(checkCreateEvent(STAFF, 'bixiahu', { ...fields, endsAt: fields.startsAt })?.code).toBe('INVALID');
    expect(checkCreateEvent(STAFF, 'bixiahu', { ...fields, minAge: 15 })?.code).toBe('INVALID');
  });

  it('spreads a weekly series a week apart', () => {
    const dates = weeklyOccurrences(event(), 3);
    expect(dates.map((d) => d.startsAt)).toEqual(['2026-11-28T01:30:00.000Z', '2026-12-05T01:30:00.000Z', '2026-12-12T01:30:00.000Z']);
  });

  it('takes one vote per person and ranks by votes', () => {
    const wish = { id: 'w', communityId: 'bixiahu', topic: '儿童防溺水', proposedById: 'u-x', votes: 1, voterIds: ['u-x'], createdAt: '2026-11-01T00:00:00Z' };
    expect(checkVote(ACTOR, wish)).toBeNull();
    expect(checkVote({ ...ACTOR, id: 'u-x' }, wish)?.code).toBe('ALREADY_VOTED');
    expect(rankWishes([wish, { ...wish, id: 'v', votes: 3 }]).map((w) => w.id)).toEqual(['v', 'w']);
  });
});
