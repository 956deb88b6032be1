import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestApp } from '../test-database';
import { loginAs, pullAll, push } from '../fixtures';
import { buildEventCommunity, createEvent as createEventAs, eventFields, mutation } from './event-fixtures';
import { passOnLapsedOffers } from '../../../src/server/events/offer-job';

type Row = Record<string, unknown>;

describe.each(DIALECTS)('event sign-ups on %s', (kind) => {
  const t = useTestApp(kind);

  const createEvent = (staffToken: string, communityId: string, fields = eventFields()) => createEventAs(t, staffToken, communityId, fields);

  async function eventRow(eventId: string) {
    return t.db.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
  }

  async function signupRows(eventId: string) {
    return t.db.selectFrom('signups').selectAll().where('event_id', '=', eventId).execute();
  }

  it('never overbooks: 50 parties racing in parallel for 10 places', async () => {
    const fx = await buildEventCommunity(t.db, t.clock.now(), 50, 1);
    const eventId = await createEvent(await loginAs(t, fx.staff), fx.communityId);
    const tokens = await Promise.all(fx.families.map((f) => loginAs(t, f.parent)));
    const replies = await Promise.all(fx.families.map((f, i) =>
      push(t, tokens[i] ?? '', [mutation('signUpForEvent', { signupId: randomUUID(), eventId, memberIds: f.memberIds })])));
    expect(replies.every((r) => r.results[0]?.status === 'applied')).toBe(true);
    const rows = await signupRows(eventId);
    const confirmed = rows.filter((r) => r.status === 'confirmed');
    const people = confirmed.reduce((sum, r) => sum + (JSON.parse(r.member_ids) as string[]).length, 0);
    expect(people).toBe(10);
    expect(confirmed).toHaveLength(5);
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(45);
    expect(await eventRow(eventId)).toMatchObject({ places_taken: 10, waiting_count: 45 });
  });

  it('moves the waiting list on by whole parties when a family cancels, and the family sees it after a pull', async () => {
    const fx = await buildEventCommunity(t.db, t.clock.now(), 3, 2);
    const eventId = await createEvent(await loginAs(t, fx.staff), fx.communityId, eventFields({ capacity: 6 }));
    const [a, b, c] = fx.families;
    const tokens = await Promise.all(fx.families.map((f) => loginAs(t, f.parent)));
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const [i, f] of [a, b, c].entries()) {
      t.clock.advance(1000);
      await push(t, tokens[i] ?? '', [mutation('signUpForEvent', { signupId: ids[i], eventId, memberIds: f?.memberIds })]);
    }
    expect((await signupRows(eventId)).map((r) => [r.id, r.status]).sort()).toEqual(
      [[ids[0], 'confirmed'], [ids[1], 'confirmed'], [ids[2], 'waiting']].sort());
    const before = await pullAll(t, tokens[2] ?? '');
    const cancel = await push(t, tokens[0] ?? '', [mutation('cancelSignup', { signupId: ids[0] })]);
    expect(cancel.results[0]).toMatchObject({ status: 'applied' });
    const after = await pullAll(t, tokens[2] ?? '', before.cursor);
    const mine = after.changes.find((ch) => ch.entity === 'signup' && ch.id === ids[2]);
    expect(mine?.op === 'put' && mine.row.status).toBe('confirmed');
    expect(await eventRow(eventId)).toMatchObject({ places_taken: 6, waiting_count: 0 });
  });

  it('offers freed places for a window and passes a lapsed offer to the next family', async () => {
    const fx = await buildEventCommunity(t.db, t.clock.now(), 3, 1);
    const eventId = await createEvent(await loginAs(t, fx.staff), fx.communityId, eventFields({ capacity: 2, promotion: 'offer', offerHours: 24 }));
    const tokens = await Promise.all(fx.families.map((f) => loginAs(t, f.parent)));
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const [i, f] of fx.families.entries()) {
      t.clock.advance(1000);
      await push(t, tokens[i] ?? '', [mutation('signUpForEvent', { signupId: ids[i], eventId, memberIds: f.memberIds })]);
    }
    await push(t, tokens[0] ?? '', [mutation('cancelSignup', { signupId: ids[0] })]);
    const status = async (id: string | undefined) => (await signupRows(eventId)).find((r) => r.id === id)?.status;
    expect(await status(ids[1])).toBe('offered');
    t.clock.advance(25 * 3600_000);
    expect(await passOnLapsedOffers(t.db, t.clock.now())).toBe(1);
    expect(await status(ids[1])).toBe('cancelled');
    expect(await status(ids[2])).toBe('offered');
    const accepted = await push(t, tokens[2] ?? '', [mutation('answerSignupOffer', { signupId: ids[2], accept: true })]);
    expect(accepted.results[0]).toMatchObject({ status: 'applied' });
    expect(await status(ids[2])).toBe('confirmed');
  });

  it('lets the first of two staff devices check a ticket in and tells the second who and when', async () => {
    const fx = await buildEventCommunity(t.db, t.clock.now(), 1, 1);
    const staff1 = await loginAs(t, fx.staff);
    const staff2 = await loginAs(t, fx.staff2);
    const eventId = await createEvent(staff1, fx.communityId);
    const signupId = randomUUID();
    await push(t, await loginAs(t, fx.families[0]!.parent), [mutation('signUpForEvent', { signupId, eventId, memberIds: fx.families[0]!.memberIds })]);
    const first = await push(t, staff1, [mutation('checkInSignup', { signupId, scannedAt: '2026-11-23T01:59:00.000Z' })]);
    expect(first.results[0]).toMatchObject({ status: 'applied' });
    const second = await push(t, staff2, [mutation('checkInSignup', { signupId, scannedAt: '2026-11-23T02:00:00.000Z' })]);
    expect(second.results[0]).toMatchObject({
      status: 'rejected', code: 'ALREADY_CHECKED_IN', detail: { byName: '何老师', at: '2026-11-23T01:59:00.000Z' },
    });
    const row = (await signupRows(eventId))[0];
    expect(row).toMatchObject({ checked_in_by_id: fx.staff.id, checked_in_at: '2026-11-23T01:59:00.000Z' });
  });

  it('never sends a resident another family\'s party details', async () => {
    const fx = await buildEventCommunity(t.db, t.clock.now(), 2, 2);
    const staff = await loginAs(t, fx.staff);
    const eventId = await createEvent(staff, fx.communityId);
    const [mine, theirs] = fx.families;
    const tokens = [await loginAs(t, mine!.parent), await loginAs(t, theirs!.parent)];
    const ids = [randomUUID(), randomUUID()];
    await push(t, tokens[0]!, [mutation('signUpForEvent', { signupId: ids[0], eventId, memberIds: mine!.memberIds })]);
    await push(t, tokens[1]!, [mutation('signUpForEvent', { signupId: ids[1], eventId, memberIds: theirs!.memberIds })]);
    const res = await t.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: { authorization: `Bearer ${tokens[0]}` } });
    const raw = res.body;
    expect(raw).toContain(ids[0]);
    expect(raw).not.toContain(ids[1]);
    for (const p of [theirs!.parent, ...theirs!.children]) {
      expect(raw).not.toContain(p.id);
      expect(raw).not.toContain(p.name);
    }
    const event = res.json<{ changes: { entity: string; op: string; row?: Row }[] }>().changes.find((c) => c.entity === 'event');
    expect(event?.row).toMatchObject({ placesTaken: 6 });
    // staff see the whole roster
    const roster = await pullAll(t, staff);
    expect(roster.changes.filter((c) => c.entity === 'signup' && c.op === 'put').map((c) => c.id).sort()).toEqual([...ids].sort());
  });

  it('refuses a second sign-up of a household and shows a cancelled event to the families', async () => {
    const fx = await buildEventCommunity(t.db, t.clock.now(), 1, 1);
    const staff = await loginAs(t, fx.staff);
    const eventId = await createEvent(staff, fx.communityId);
    const parent = await loginAs(t, fx.families[0]!.parent);
    const memberIds = fx.families[0]!.memberIds;
    await push(t, parent, [mutation('signUpForEvent', { signupId: randomUUID(), eventId, memberIds })]);
    const again = await push(t, parent, [mutation('signUpForEvent', { signupId: randomUUID(), eventId, memberIds: memberIds.slice(1) })]);
    expect(again.results[0]).toMatchObject({ code: 'ALREADY_SIGNED_UP' });
    const before = await pullAll(t, parent);
    expect((await push(t, staff, [mutation('cancelEvent', { eventId })])).results[0]).toMatchObject({ status: 'applied' });
    const after = await pullAll(t, parent, before.cursor);
    const ev = after.changes.find((c) => c.entity === 'event' && c.id === eventId);
    expect(ev?.op === 'put' && ev.row.status).toBe('cancelled');
  });

  it('adds a child to a household, creates a weekly series, and counts one vote per person', async () => {
    const fx = await buildEventCommunity(t.db, t.clock.now(), 2, 0);
    const staff = await loginAs(t, fx.staff);
    const parent = await loginAs(t, fx.families[0]!.parent);
    const childId = randomUUID();
    const added = await push(t, parent, [mutation('addHouseholdMember', { memberId: childId, name: '小明', birthDate: '2018-06-01' })]);
    expect(added.results[0]).toMatchObject({ status: 'applied' });
    const eventIds = [randomUUID(), randomUUID(), randomUUID()];
    const series = await push(t, staff, [mutation('createEvent', { eventIds, seriesId: randomUUID(), communityId: fx.communityId, fields: eventFields() })]);
    expect(series.results[0]).toMatchObject({ status: 'applied' });
    const signed = await push(t, parent, [mutation('signUpForEvent', { signupId: randomUUID(), eventId: eventIds[2], memberIds: [fx.families[0]!.parent.id, childId] })]);
    expect(signed.results[0]).toMatchObject({ status: 'applied' });
    const starts = (await t.db.selectFrom('events').select(['id', 'starts_at', 'places_taken']).where('id', 'in', eventIds).execute());
    expect(starts.map((e) => e.starts_at).sort()).toEqual(['2026-11-28T01:30:00.000Z', '2026-12-05T01:30:00.000Z', '2026-12-12T01:30:00.000Z']);
    expect(starts.find((e) => e.id === eventIds[2])?.places_taken).toBe(2);
    const wishId = randomUUID();
    await push(t, parent, [mutation('proposeEventWish', { wishId, topic: '儿童编程' })]);
    const other = await loginAs(t, fx.families[1]!.parent);
    expect((await push(t, other, [mutation('voteEventWish', { wishId })])).results[0]).toMatchObject({ status: 'applied' });
    expect((await push(t, other, [mutation('voteEventWish', { wishId })])).results[0]).toMatchObject({ code: 'ALREADY_VOTED' });
    const seen = (await pullAll(t, other)).changes.find((c) => c.entity === 'eventWish');
    expect(seen?.op === 'put' && seen.row).toMatchObject({ votes: 2, voterIds: [fx.families[1]!.parent.id] });
  });
});
