import { describe, expect, it } from 'vitest';
import type { AuditPage } from '../../../src/shared/accounts/audit';
import { addDays, shanghaiDate } from '../../../src/shared/time';
import { writeTransaction } from '../../../src/server/db/write-transaction';
import { SeedWriter } from '../../../src/server/demo/seed-writer';
import { DIALECTS, useTestApp, type TestApp } from '../test-database';
import { bookMealMutation, loginAs, push } from '../fixtures';
import { buildHelpCommunity, fileArgs, type HelpFixture } from '../help/help-fixtures';
import { cardToken, outcome, pushOne } from './accounts-fixtures';

/** An administrator of the fixture's street office. */
async function adminOf(t: TestApp, fx: HelpFixture) {
  const admin = { ...fx.outsiderStaff, id: `admin-${fx.communityId}`, name: '孙强', role: 'admin' as const, phone: `135${fx.outsiderStaff.phone!.slice(3)}` };
  await writeTransaction(t.db, async (trx, record) => new SeedWriter(trx, record, t.clock.now().toISOString()).member(admin));
  return admin;
}

describe.each(DIALECTS)('the audit log on %s', (kind) => {
  const t = useTestApp(kind);
  const read = (token: string, communityId: string, before?: string) => t.app.inject({
    method: 'GET', url: `/api/accounts/audit?communityId=${communityId}${before ? `&before=${encodeURIComponent(before)}` : ''}`,
    headers: { authorization: `Bearer ${token}` },
  });

  it('records what staff do as staff, not what residents do for themselves, and shows it to administrators only', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const admin = await adminOf(t, fx);
    const [adminToken, staff, otherStaff, elder] = await Promise.all([admin, fx.staff, fx.outsiderStaff, fx.elder].map((p) => loginAs(t, p)));
    // the elder books for herself: not a staff action
    expect(outcome((await push(t, elder!, [bookMealMutation(fx.slot.id, fx.elder.id)])).results[0]!)).toBe('applied');
    // staff: a booking for an elder without a phone, a request filed and dispatched, seats, a card, a role
    expect(outcome((await push(t, staff!, [bookMealMutation(fx.slot.id, fx.noPhone.id)])).results[0]!)).toBe('applied');
    const request = fileArgs(fx, fx.noPhone.id, addDays(shanghaiDate(t.clock.now()), 1));
    expect(outcome(await pushOne(t, staff!, 'fileHelpRequest', request))).toBe('applied');
    expect(outcome(await pushOne(t, staff!, 'dispatchHelpRequest', { requestId: request.requestId, volunteerId: fx.volunteers[0]!.id }))).toBe('applied');
    expect(outcome(await pushOne(t, staff!, 'setSlotSeats', { slotId: fx.slot.id, seats: 20 }))).toBe('applied');
    const { tokenHash } = cardToken();
    expect(outcome(await pushOne(t, staff!, 'issueServiceCard', { cardId: crypto.randomUUID(), memberId: fx.noPhone.id, tokenHash }))).toBe('applied');
    expect(outcome(await pushOne(t, adminToken!, 'setMemberRole', { memberId: fx.neighbour.id, role: 'volunteer', staffOf: null }))).toBe('applied');
    // refused acts leave nothing
    expect(outcome(await pushOne(t, staff!, 'setSlotSeats', { slotId: fx.slot.id, seats: 0 }))).toBe('SEATS_BELOW_BOOKED');

    const res = await read(adminToken!, fx.communityId);
    expect(res.statusCode).toBe(200);
    const { entries } = res.json<AuditPage>();
    expect(entries.map((e) => [e.actorName, e.action, e.subjectName])).toEqual([
      ['孙强', 'setMemberRole', '张伟'],
      ['赵敏', 'issueServiceCard', '吴德福'],
      ['赵敏', 'setSlotSeats', null],
      ['赵敏', 'dispatchHelpRequest', '志愿者0'],
      ['赵敏', 'fileHelpRequest', '吴德福'],
      ['赵敏', 'bookMeal', '吴德福'],
    ]);
    expect(entries.find((e) => e.action === 'setSlotSeats')?.details).toEqual({ slotId: fx.slot.id, seats: 20 });
    expect(JSON.stringify(entries)).not.toContain(tokenHash);

    for (const token of [staff!, otherStaff!, elder!]) expect((await read(token, fx.communityId)).statusCode).toBe(403);
    expect((await read(adminToken!, 'another-street-office')).statusCode).toBe(403);
    expect((await read(adminToken!, fx.communityId, 'not-a-cursor')).statusCode).toBe(400);
  });

  it('pages newest first', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const admin = await adminOf(t, fx);
    const [adminToken, staff] = await Promise.all([admin, fx.staff].map((p) => loginAs(t, p)));
    for (let seats = 11; seats <= 62; seats += 1) {
      t.clock.advance(1000);
      expect(outcome(await pushOne(t, staff!, 'setSlotSeats', { slotId: fx.slot.id, seats }))).toBe('applied');
    }
    const first = (await read(adminToken!, fx.communityId)).json<AuditPage>();
    expect(first.entries).toHaveLength(50);
    expect(first.entries[0]?.details).toEqual({ slotId: fx.slot.id, seats: 62 });
    const second = (await read(adminToken!, fx.communityId, first.next!)).json<AuditPage>();
    expect(second.entries.map((e) => e.details.seats)).toEqual([12, 11]);
    expect(second.next).toBeNull();
  });
});
