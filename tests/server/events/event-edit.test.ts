import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EventFields } from '../../../src/shared/events/event';
import { DIALECTS, useTestApp } from '../test-database';
import { loginAs, pullAll, push } from '../fixtures';
import { buildEventCommunity, createEvent as createEventAs, eventFields, mutation } from './event-fixtures';

// Editing an event, changing a party, and each waiting family's place on the list.
describe.each(DIALECTS)('event edits and waiting-list places on %s', (kind) => {
  const t = useTestApp(kind);

  const createEvent = (staffToken: string, communityId: string, fields = eventFields()) => createEventAs(t, staffToken, communityId, fields);

  /** Pushes one mutation and returns its result. */
  async function run(token: string, name: string, args: unknown) {
    return (await push(t, token, [mutation(name, args)])).results[0];
  }

  /** Signs a party up a second after the last one, so the waiting-list order is the call order. */
  async function signUp(token: string, eventId: string, memberIds: string[]): Promise<string> {
    t.clock.advance(1000);
    const signupId = randomUUID();
    expect(await run(token, 'signUpForEvent', { signupId, eventId, memberIds })).toMatchObject({ status: 'applied' });
    return signupId;
  }

  /** status and waiting-list place of each sign-up, by id. */
  async function standing(eventId: string): Promise<Record<string, [string, number | null]>> {
    const rows = await t.db.selectFrom('signups').select(['id', 'status', 'waitlist_position']).where('event_id', '=', eventId).execute();
    return Object.fromEntries(rows.map((r) => [r.id, [r.status, r.waitlist_position]]));
  }

  async function eventRow(eventId: string) {
    return t.db.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
  }

  /** The family's own sign-up row as its latest pull (from a cursor) delivered it. */
  async function pulledSignup(token: string, signupId: string, cursor: string) {
    const change = (await pullAll(t, token, cursor)).changes.find((c) => c.entity === 'signup' && c.id === signupId);
    return change?.op === 'put' ? change.row : undefined;
  }

  it('lets staff of the community edit an event, and refuses residents and staff of another community', async () => {
    const fx = await buildEventCommunity(t.db, t.clock.now(), 1, 1);
    const other = await buildEventCommunity(t.db, t.clock.now(), 0);
    const staff = await loginAs(t, fx.staff);
    const parent = await loginAs(t, fx.families[0]!.parent);
    const eventId = await createEvent(staff, fx.communityId);
    const before = await pullAll(t, parent);
    const edited: EventFields = eventFields({
      title: '亲子绘本会', description: '带上喜欢的绘本', place: '社区党群服务中心', kind: 'lecture', capacity: 12, minAge: 4, maxAge: 10,
      startsAt: '2026-11-29T06:00:00.000Z', endsAt: '2026-11-29T07:30:00.000Z', signupDeadline: '2026-11-28T12:00:00.000Z',
      promotion: 'offer', offerHours: 12,
    });
    expect(await run(parent, 'updateEvent', { eventId, fields: edited })).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    expect(await run(await loginAs(t, other.staff), 'updateEvent', { eventId, fields: edited })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await eventRow(eventId)).toMatchObject({ title: '亲子阅读会', capacity: 10 });
    expect(await run(staff, 'updateEvent', { eventId, fields: edited })).toMatchObject({ status: 'applied' });
    expect(await eventRow(eventId)).toMatchObject({
      title: '亲子绘本会', kind: 'lecture', capacity: 12, min_age: 4, max_age: 10, promotion: 'offer', offer_hours: 12,
      starts_at: '2026-11-29T06:00:00.000Z', signup_deadline: '2026-11-28T12:00:00.000Z',
    });
    const seen = (await pullAll(t, parent, before.cursor)).changes.find((c) => c.entity === 'event' && c.id === eventId);
    expect(seen?.op === 'put' && seen.row).toMatchObject({ title: '亲子绘本会', capacity: 12, place: '社区党群服务中心' });
  });

  it('keeps capacity at or above the places taken, promotes whole parties in order when it grows, and edits no cancelled event', async () => {
    const fx = await buildEventCommunity(t.db, t.clock.now(), 4, 2);
    const staff = await loginAs(t, fx.staff);
    const eventId = await createEvent(staff, fx.communityId, eventFields({ capacity: 4 }));
    const [a, b, c, d] = fx.families;
    const tokens = await Promise.all(fx.families.map((f) => loginAs(t, f.parent)));
    const ids = [
      await signUp(tokens[0]!, eventId, a!.memberIds.slice(0, 2)), // 2 people: confirmed
      await signUp(tokens[1]!, eventId, b!.memberIds), // 3 people: waiting, 1st
      await signUp(tokens[2]!, eventId, c!.memberIds.slice(0, 2)), // 2 people: waiting, 2nd
      await signUp(tokens[3]!, eventId, d!.memberIds.slice(1, 2)), // 1 person: waiting, 3rd
    ];
    expect(await standing(eventId)).toEqual({
      [ids[0]!]: ['confirmed', null], [ids[1]!]: ['waiting', 1], [ids[2]!]: ['waiting', 2], [ids[3]!]: ['waiting', 3],
    });
    expect(await run(staff, 'updateEvent', { eventId, fields: eventFields({ capacity: 1 }) })).toMatchObject({ code: 'CAPACITY_BELOW_TAKEN' });
    expect(await eventRow(eventId)).toMatchObject({ capacity: 4 });

    const cursors = await Promise.all(tokens.map(async (tk) => (await pullAll(t, tk)).cursor));
    // 4 places more: the family of three goes first, the next (two) no longer fits and stops the list
    expect(await run(staff, 'updateEvent', { eventId, fields: eventFields({ capacity: 6 }) })).toMatchObject({ status: 'applied' });
    expect(await standing(eventId)).toEqual({
      [ids[0]!]: ['confirmed', null], [ids[1]!]: ['confirmed', null], [ids[2]!]: ['waiting', 1], [ids[3]!]: ['waiting', 2],
    });
    expect(await eventRow(eventId)).toMatchObject({ capacity: 6, places_taken: 5, waiting_count: 2 });
    expect(await pulledSignup(tokens[1]!, ids[1]!, cursors[1]!)).toMatchObject({ status: 'confirmed', waitlistPosition: null });
    expect(await pulledSignup(tokens[3]!, ids[3]!, cursors[3]!)).toMatchObject({ status: 'waiting', waitlistPosition: 2 });

    expect(await run(staff, 'cancelEvent', { eventId })).toMatchObject({ status: 'applied' });
    expect(await run(staff, 'updateEvent', { eventId, fields: eventFields({ capacity: 20 }) })).toMatchObject({ code: 'EVENT_CANCELLED' });
    expect(await eventRow(eventId)).toMatchObject({ capacity: 6, status: 'cancelled' });
  });

  it('changes a party within the places left, checks added children, and a smaller party moves the list on', async () => {
    const fx = await buildEventCommunity(t.db, t.clock.now(), 4, 2);
    const staff = await loginAs(t, fx.staff);
    const eventId = await createEvent(staff, fx.communityId, eventFields({ capacity: 5 }));
    const [a, b, c, d] = fx.families;
    const tokens = await Promise.all(fx.families.map((f) => loginAs(t, f.parent)));
    const ids = [
      await signUp(tokens[0]!, eventId, a!.memberIds.slice(1, 2)), // 1: confirmed
      await signUp(tokens[1]!, eventId, b!.memberIds), // 3: confirmed, 1 place left
      await signUp(tokens[2]!, eventId, c!.memberIds.slice(0, 2)), // 2: waiting, 1st
      await signUp(tokens[3]!, eventId, d!.memberIds.slice(1, 2)), // 1: waiting behind, 2nd
    ];
    const change = (token: string, i: number, memberIds: string[]) => run(token, 'changeSignupParty', { signupId: ids[i], memberIds });

    // grow by one into the last place
    expect(await change(tokens[0]!, 0, a!.memberIds.slice(0, 2))).toMatchObject({ status: 'applied' });
    expect(await eventRow(eventId)).toMatchObject({ places_taken: 5 });
    // no place left for one more
    expect(await change(tokens[0]!, 0, a!.memberIds)).toMatchObject({ status: 'rejected', code: 'PARTY_TOO_LARGE' });
    // a newly added child of 16 is outside 3-12 and no adult
    const teen = randomUUID();
    expect(await run(tokens[0]!, 'addHouseholdMember', { memberId: teen, name: '大哥', birthDate: '2010-01-01' })).toMatchObject({ status: 'applied' });
    expect(await change(tokens[0]!, 0, [a!.parent.id, teen])).toMatchObject({ code: 'AGE_OUT_OF_RANGE' });
    // another family may not change it
    expect(await change(tokens[2]!, 1, b!.memberIds.slice(1, 2))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await eventRow(eventId)).toMatchObject({ places_taken: 5, waiting_count: 2 });

    // staff shrink the family of three to one: the two places go to the first waiting party, whole
    const cursor = (await pullAll(t, tokens[3]!)).cursor;
    expect(await change(staff, 1, b!.memberIds.slice(1, 2))).toMatchObject({ status: 'applied' });
    expect(await standing(eventId)).toEqual({
      [ids[0]!]: ['confirmed', null], [ids[1]!]: ['confirmed', null], [ids[2]!]: ['confirmed', null], [ids[3]!]: ['waiting', 1],
    });
    expect(await eventRow(eventId)).toMatchObject({ places_taken: 5, waiting_count: 1 });
    expect(await pulledSignup(tokens[3]!, ids[3]!, cursor)).toMatchObject({ status: 'waiting', waitlistPosition: 1 });
    const row = await t.db.selectFrom('signups').select(['member_ids', 'adults', 'children']).where('id', '=', ids[0]!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ member_ids: JSON.stringify(a!.memberIds.slice(0, 2)), adults: 1, children: 1 });
  });

  it('keeps every waiting family\'s place right after a cancel and a promotion, and sends it on their own row', async () => {
    const fx = await buildEventCommunity(t.db, t.clock.now(), 4, 1);
    const staff = await loginAs(t, fx.staff);
    const eventId = await createEvent(staff, fx.communityId, eventFields({ capacity: 2 }));
    const tokens = await Promise.all(fx.families.map((f) => loginAs(t, f.parent)));
    const ids: string[] = [];
    for (const [i, f] of fx.families.entries()) ids.push(await signUp(tokens[i]!, eventId, f.memberIds));
    expect(await standing(eventId)).toEqual({
      [ids[0]!]: ['confirmed', null], [ids[1]!]: ['waiting', 1], [ids[2]!]: ['waiting', 2], [ids[3]!]: ['waiting', 3],
    });
    expect((await pullAll(t, tokens[3]!)).changes.find((ch) => ch.id === ids[3])).toMatchObject({ row: { waitlistPosition: 3 } });

    // the second waiting family leaves: the third moves up, the first keeps its place
    let cursors = await Promise.all(tokens.map(async (tk) => (await pullAll(t, tk)).cursor));
    expect(await run(tokens[2]!, 'cancelSignup', { signupId: ids[2] })).toMatchObject({ status: 'applied' });
    expect(await standing(eventId)).toMatchObject({ [ids[1]!]: ['waiting', 1], [ids[2]!]: ['cancelled', null], [ids[3]!]: ['waiting', 2] });
    expect(await pulledSignup(tokens[3]!, ids[3]!, cursors[3]!)).toMatchObject({ waitlistPosition: 2 });
    expect(await pulledSignup(tokens[1]!, ids[1]!, cursors[1]!)).toBeUndefined();

    // the confirmed family cancels: the first waiting family is promoted, the last is now next
    cursors = await Promise.all(tokens.map(async (tk) => (await pullAll(t, tk)).cursor));
    expect(await run(tokens[0]!, 'cancelSignup', { signupId: ids[0] })).toMatchObject({ status: 'applied' });
    expect(await standing(eventId)).toMatchObject({ [ids[1]!]: ['confirmed', null], [ids[3]!]: ['waiting', 1] });
    expect(await pulledSignup(tokens[1]!, ids[1]!, cursors[1]!)).toMatchObject({ status: 'confirmed', waitlistPosition: null });
    expect(await pulledSignup(tokens[3]!, ids[3]!, cursors[3]!)).toMatchObject({ status: 'waiting', waitlistPosition: 1 });
    expect(await eventRow(eventId)).toMatchObject({ places_taken: 2, waiting_count: 1 });
  });
});
