import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HouseholdLink } from '../../../src/shared/accounts/household-link';
import type { Member } from '../../../src/shared/member';
import { addDays, shanghaiDate } from '../../../src/shared/time';
import { DIALECTS, useTestApp } from '../test-database';
import { bookMealMutation, loginAs, pullAll, push } from '../fixtures';
import { buildHelpCommunity, fileArgs } from '../help/help-fixtures';
import { outcome, pushOne, putRows } from './accounts-fixtures';

describe.each(DIALECTS)('household links on %s', (kind) => {
  const t = useTestApp(kind);

  it('a child asks by number, the parent says yes: then they book and ask for help for each other', async () => {
    // the child lives in the street office's other community; the parent is 张伟, with his own household here
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const PARENT = fx.neighbour;
    const CHILD = fx.outsider;
    const [child, parent, parentStaff] = await Promise.all([fx.outsider, fx.neighbour, fx.staff].map((p) => loginAs(t, p)));
    // before: the child may not book for her
    expect(outcome((await push(t, child!, [bookMealMutation(fx.slot.id, PARENT.id)])).results[0]!)).toBe('FORBIDDEN');
    // he asked for help himself, earlier
    const tomorrow = addDays(shanghaiDate(t.clock.now()), 1);
    const earlier = fileArgs(fx, PARENT.id, tomorrow);
    expect(outcome(await pushOne(t, parent!, 'fileHelpRequest', earlier))).toBe('applied');

    const linkId = randomUUID();
    expect(outcome(await pushOne(t, child!, 'requestHouseholdLink', { linkId, phone: PARENT.phone }))).toBe('applied');
    // the child does not learn whose number it is until he says yes
    const asked = putRows<HouseholdLink>((await pullAll(t, child!)).changes, 'householdLink');
    expect(asked).toEqual([expect.objectContaining({ id: linkId, parentId: null, parentName: null, status: 'pending', phoneHint: `${PARENT.phone!.slice(0, 3)}****${PARENT.phone!.slice(-4)}` })]);
    // he, and his community's staff, see who asks
    expect(putRows<HouseholdLink>((await pullAll(t, parent!)).changes, 'householdLink')).toEqual([expect.objectContaining({ requesterName: '陈桂兰', parentName: '张伟' })]);
    expect(putRows<HouseholdLink>((await pullAll(t, parentStaff!)).changes, 'householdLink').map((l) => l.id)).toEqual([linkId]);

    expect(outcome(await pushOne(t, child!, 'answerHouseholdLink', { linkId, accept: true }))).toBe('FORBIDDEN');
    expect(outcome(await pushOne(t, parent!, 'answerHouseholdLink', { linkId, accept: true }))).toBe('applied');
    expect(outcome(await pushOne(t, parent!, 'answerHouseholdLink', { linkId, accept: false }))).toBe('LINK_ANSWERED');

    const childSees = (await pullAll(t, child!)).changes;
    const members = putRows<Member>(childSees, 'member');
    const him = members.find((m) => m.id === PARENT.id);
    expect(him?.householdId).toBe(members.find((m) => m.id === CHILD.id)?.householdId);
    expect(putRows<HouseholdLink>(childSees, 'householdLink')[0]).toMatchObject({ status: 'accepted', parentName: '张伟' });
    // his earlier request reaches the child's phone too: it is the household's now
    expect(childSees.some((c) => c.entity === 'helpRequest' && c.id === earlier.requestId && c.op === 'put')).toBe(true);
    // and now they act for each other
    expect(outcome((await push(t, child!, [bookMealMutation(fx.slot.id, PARENT.id)])).results[0]!)).toBe('applied');
    expect(outcome(await pushOne(t, child!, 'fileHelpRequest', fileArgs(fx, PARENT.id, tomorrow)))).toBe('applied');
    // asking again is refused: already one household
    expect(outcome(await pushOne(t, child!, 'requestHouseholdLink', { linkId: randomUUID(), phone: PARENT.phone }))).toBe('ALREADY_LINKED');
  });

  it('staff of the parent’s community confirm at the office; other staff and neighbours may not', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const [child, elder, staff, otherStaff, daughter] = await Promise.all([fx.outsider, fx.elder, fx.staff, fx.outsiderStaff, fx.daughter].map((p) => loginAs(t, p)));
    void elder;
    const linkId = randomUUID();
    await pushOne(t, child!, 'requestHouseholdLink', { linkId, phone: fx.elder.phone });
    expect(outcome(await pushOne(t, otherStaff!, 'answerHouseholdLink', { linkId, accept: true }))).toBe('FORBIDDEN');
    expect(outcome(await pushOne(t, daughter!, 'answerHouseholdLink', { linkId, accept: true }))).toBe('FORBIDDEN');
    expect(outcome(await pushOne(t, staff!, 'answerHouseholdLink', { linkId, accept: true }))).toBe('applied');
    const elderRow = await t.db.selectFrom('users').select('household_id').where('id', '=', fx.elder.id).executeTakeFirstOrThrow();
    const childRow = await t.db.selectFrom('users').select('household_id').where('id', '=', fx.outsider.id).executeTakeFirstOrThrow();
    expect(elderRow.household_id).toBe(childRow.household_id);
  });

  it('answers alike for a number no one has; such a request waits until withdrawn', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const [child, staff] = await Promise.all([fx.neighbour, fx.staff].map((p) => loginAs(t, p)));
    const linkId = randomUUID();
    expect(outcome(await pushOne(t, child!, 'requestHouseholdLink', { linkId, phone: '13999999999' }))).toBe('applied');
    expect(outcome(await pushOne(t, child!, 'requestHouseholdLink', { linkId: randomUUID(), phone: fx.neighbour.phone }))).toBe('INVALID');
    expect(outcome(await pushOne(t, staff!, 'answerHouseholdLink', { linkId, accept: true }))).toBe('NOT_FOUND');
    expect(outcome(await pushOne(t, child!, 'answerHouseholdLink', { linkId, accept: false }))).toBe('applied');
    expect(putRows<HouseholdLink>((await pullAll(t, child!)).changes, 'householdLink')[0]?.status).toBe('declined');
  });

  it('a child without a household gets one, and the parent joins it', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    // a volunteer has no household
    const volunteer = fx.volunteers[0]!;
    const [child, parent] = await Promise.all([volunteer, fx.neighbour].map((p) => loginAs(t, p)));
    const linkId = randomUUID();
    await pushOne(t, child!, 'requestHouseholdLink', { linkId, phone: fx.neighbour.phone });
    expect(outcome(await pushOne(t, parent!, 'answerHouseholdLink', { linkId, accept: true }))).toBe('applied');
    const rows = await t.db.selectFrom('users').select(['id', 'household_id']).where('id', 'in', [volunteer.id, fx.neighbour.id]).execute();
    expect(new Set(rows.map((r) => r.household_id))).toEqual(new Set([`hh-${linkId}`]));
    // the child's phone, whose household changed, starts over and receives the parent
    const pulled = await pullAll(t, child!);
    expect(putRows<Member>(pulled.changes, 'member').map((m) => m.id).sort()).toEqual([fx.neighbour.id, volunteer.id].sort());
  });
});
