import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Member } from '../../../src/shared/member';
import { addDays, shanghaiDate } from '../../../src/shared/time';
import { writeTransaction } from '../../../src/server/db/write-transaction';
import { SeedWriter } from '../../../src/server/demo/seed-writer';
import { DIALECTS, useTestApp, type TestApp } from '../test-database';
import { bookMealMutation, loginAs, pull, pullAll, push } from '../fixtures';
import { buildHelpCommunity, fileArgs, type HelpFixture } from '../help/help-fixtures';
import { outcome, pushOne, putRows } from './accounts-fixtures';

/** An administrator of the fixture's street office, whose own community is the other one. */
async function adminOf(t: TestApp, fx: HelpFixture) {
  const admin = { ...fx.outsiderStaff, id: `admin-${fx.communityId}`, name: '孙强', role: 'admin' as const, phone: `135${fx.outsiderStaff.phone!.slice(3)}` };
  await writeTransaction(t.db, async (trx, record) => new SeedWriter(trx, record, t.clock.now().toISOString()).member(admin));
  return admin;
}

describe.each(DIALECTS)('roles and staff limited to one service on %s', (kind) => {
  const t = useTestApp(kind);

  it('lets an administrator give any role, staff only volunteer or resident, and nobody their own', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const admin = await adminOf(t, fx);
    const [adminToken, staff, elder] = await Promise.all([admin, fx.staff, fx.elder].map((p) => loginAs(t, p)));
    const set = (token: string, memberId: string, role: string, staffOf: string | null = null) =>
      pushOne(t, token, 'setMemberRole', { memberId, role, staffOf }).then(outcome);
    expect(await set(elder!, fx.neighbour.id, 'volunteer')).toBe('FORBIDDEN');
    expect(await set(staff!, fx.neighbour.id, 'volunteer')).toBe('applied');
    expect(await set(staff!, fx.neighbour.id, 'staff')).toBe('FORBIDDEN');
    expect(await set(staff!, fx.staff.id, 'resident')).toBe('FORBIDDEN');
    expect(await set(adminToken!, admin.id, 'resident')).toBe('FORBIDDEN');
    expect(await set(adminToken!, fx.neighbour.id, 'volunteer', 'canteen')).toBe('INVALID');
    expect(await set(adminToken!, fx.neighbour.id, 'staff', 'parcels')).toBe('INVALID');
    expect(await set(adminToken!, fx.neighbour.id, 'staff', 'canteen')).toBe('applied');
    const row = putRows<Member>((await pullAll(t, staff!)).changes, 'member').find((m) => m.id === fx.neighbour.id);
    expect(row).toMatchObject({ role: 'staff', staffOf: 'canteen' });
  });

  it('a canteen manager is staff at the canteen and a resident elsewhere: acts, and sees, accordingly', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const admin = await adminOf(t, fx);
    // 赵敏 serves the whole community, and so sees the elder's request for help with her address
    const [adminToken, elder, manager] = await Promise.all([admin, fx.elder, fx.staff].map((p) => loginAs(t, p)));
    const tomorrow = addDays(shanghaiDate(t.clock.now()), 1);
    const request = fileArgs(fx, fx.elder.id, tomorrow);
    expect(outcome(await pushOne(t, elder!, 'fileHelpRequest', request))).toBe('applied');
    const before = await pullAll(t, manager!);
    expect(before.changes.some((c) => c.entity === 'helpContact' && c.id === request.requestId && c.op === 'put')).toBe(true);
    // now she runs the canteen only
    expect(outcome(await pushOne(t, adminToken!, 'setMemberRole', { memberId: fx.staff.id, role: 'staff', staffOf: 'canteen' }))).toBe('applied');

    // at the canteen: staff
    expect(outcome((await push(t, manager!, [bookMealMutation(fx.slot.id, fx.noPhone.id)])).results[0]!)).toBe('applied');
    expect(outcome(await pushOne(t, manager!, 'setSlotSeats', { slotId: fx.slot.id, seats: 30 }))).toBe('applied');
    // elsewhere: the resident they also are
    expect(outcome(await pushOne(t, manager!, 'dispatchHelpRequest', { requestId: request.requestId, volunteerId: fx.volunteers[0]!.id }))).toBe('FORBIDDEN');
    expect(outcome(await pushOne(t, manager!, 'issueServiceCard', { cardId: randomUUID(), memberId: fx.noPhone.id, tokenHash: 'a'.repeat(64) }))).toBe('FORBIDDEN');
    expect(outcome(await pushOne(t, manager!, 'registerResident', { memberId: randomUUID(), communityId: fx.communityId, name: '钱宝根', birthDate: null }))).toBe('FORBIDDEN');
    const ended = await t.app.inject({ method: 'POST', url: '/api/sessions/end', headers: { authorization: `Bearer ${manager}` }, payload: { userId: fx.elder.id } });
    expect(ended.statusCode).toBe(403);

    // her phone starts over, with the community's bookings and people, without anyone's help contact
    const after = await pull(t, manager!, before.cursor);
    expect(after.reset).toBe(true);
    const all = await pullAll(t, manager!, before.cursor);
    expect(all.changes.some((c) => c.entity === 'booking' && c.op === 'put')).toBe(true);
    expect(putRows<Member>(all.changes, 'member').some((m) => m.id === fx.noPhone.id)).toBe(true);
    expect(all.changes.some((c) => c.entity === 'helpContact' && c.op === 'put')).toBe(false);
    expect(JSON.stringify(all.changes)).not.toContain('3栋2单元501室');
  });
});
