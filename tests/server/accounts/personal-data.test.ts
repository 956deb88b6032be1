import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../../src/shared/api-error';
import type { MyData } from '../../../src/shared/accounts/personal-data';
import type { Booking } from '../../../src/shared/canteen/booking';
import type { HelpContact } from '../../../src/shared/help/help-contact';
import type { Member } from '../../../src/shared/member';
import { addDays, shanghaiDate } from '../../../src/shared/time';
import { DIALECTS, useTestApp } from '../test-database';
import { bookMealMutation, loginAs, pullAll, push, seatsTaken } from '../fixtures';
import { buildHelpCommunity, fileArgs } from '../help/help-fixtures';
import { issueCard, outcome, pushOne, putRows, scanCard } from './accounts-fixtures';

describe.each(DIALECTS)('a person’s own data on %s', (kind) => {
  const t = useTestApp(kind);
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  it('a resident downloads everything held about them, and nobody else’s', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const [elder, daughter, neighbour] = await Promise.all([fx.elder, fx.daughter, fx.neighbour].map((p) => loginAs(t, p)));
    const booking = bookMealMutation(fx.slot.id, fx.elder.id);
    expect(outcome((await push(t, daughter!, [booking])).results[0]!)).toBe('applied');
    const request = fileArgs(fx, fx.elder.id, addDays(shanghaiDate(t.clock.now()), 1));
    expect(outcome(await pushOne(t, elder!, 'fileHelpRequest', request))).toBe('applied');
    expect(outcome((await push(t, neighbour!, [bookMealMutation(fx.slot.id, fx.neighbour.id)])).results[0]!)).toBe('applied');

    const res = await t.app.inject({ method: 'GET', url: '/api/accounts/my-data', headers: as(elder!) });
    expect(res.statusCode).toBe(200);
    const data = res.json<MyData>();
    expect(data.person).toMatchObject({ id: fx.elder.id, name: '王秀英', phone: fx.elder.phone });
    expect(data.sessions).toEqual([expect.objectContaining({ current: true })]);
    expect((data.rows.booking as Booking[]).map((b) => b.dinerId)).toEqual([fx.elder.id]);
    expect((data.rows.helpContact as HelpContact[])[0]).toMatchObject({ address: '3栋2单元501室', phone: '13912345678' });
    expect(JSON.stringify(data)).not.toContain(fx.neighbour.id);
    expect(JSON.stringify(data)).not.toContain(fx.daughter.phone);
  });

  it('deletes what identifies them but keeps the community’s figures; every phone of theirs is told and clears', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const [elder, daughter, staff] = await Promise.all([fx.elder, fx.daughter, fx.staff].map((p) => loginAs(t, p)));
    t.clock.advance(31_000); // one code per phone every 30 s
    const otherPhone = await loginAs(t, fx.elder);
    expect(outcome((await push(t, elder!, [bookMealMutation(fx.slot.id, fx.elder.id)])).results[0]!)).toBe('applied');
    const request = fileArgs(fx, fx.elder.id, addDays(shanghaiDate(t.clock.now()), 1));
    expect(outcome(await pushOne(t, elder!, 'fileHelpRequest', request))).toBe('applied');
    const card = await issueCard(t, staff!, fx.elder.id);

    const unconfirmed = await t.app.inject({ method: 'POST', url: '/api/accounts/my-data/delete', headers: as(elder!), payload: {} });
    expect([unconfirmed.statusCode, unconfirmed.json<ApiErrorBody>().error.fields[0]?.field]).toEqual([400, 'confirm']);
    const staffTries = await t.app.inject({ method: 'POST', url: '/api/accounts/my-data/delete', headers: as(staff!), payload: { confirm: true } });
    expect(staffTries.statusCode).toBe(403);

    const deleted = await t.app.inject({ method: 'POST', url: '/api/accounts/my-data/delete', headers: as(elder!), payload: { confirm: true } });
    expect([deleted.statusCode, deleted.json()]).toEqual([200, { deleted: true }]);
    const told = await t.app.inject({ method: 'GET', url: '/api/me', headers: as(otherPhone) });
    expect([told.statusCode, told.json<ApiErrorBody>().error.reason]).toEqual([401, 'dataDeleted']);
    // no way back in: no number, no card
    expect((await scanCard(t, card.token)).error?.reason).toBe('revoked');
    const sentBefore = t.sentCodes.filter((c) => c.phone === fx.elder.phone).length;
    const codeFor = await t.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone: fx.elder.phone }, remoteAddress: '10.1.2.3' });
    expect(codeFor.statusCode).toBe(200);
    expect(t.sentCodes.filter((c) => c.phone === fx.elder.phone)).toHaveLength(sentBefore);

    // staff still count her meal and her request, but nothing says who she was
    expect(await seatsTaken(t.db, fx.slot.id)).toBe(1);
    const seen = (await pullAll(t, staff!)).changes;
    expect(putRows<Booking>(seen, 'booking').filter((b) => b.dinerId === fx.elder.id)).toHaveLength(1);
    expect(putRows<Member>(seen, 'member').find((m) => m.id === fx.elder.id)).toMatchObject({
      name: '已注销居民', birthDate: null, householdId: null, hasLogin: false,
    });
    expect(putRows<HelpContact>(seen, 'helpContact').find((c) => c.id === request.requestId)).toMatchObject({ residentName: '已注销居民', address: '已删除', phone: '', note: '' });
    expect(seen.some((c) => c.entity === 'helpRequest' && c.id === request.requestId && c.op === 'put')).toBe(true);
    const everything = JSON.stringify(await t.db.selectFrom('users').selectAll().where('id', '=', fx.elder.id).execute());
    expect(everything).not.toContain('王秀英');
    expect(everything).not.toContain(fx.elder.phone);
    // her daughter no longer has her in the household
    expect(putRows<Member>((await pullAll(t, daughter!)).changes, 'member').some((m) => m.id === fx.elder.id && m.householdId === fx.daughter.householdId)).toBe(false);
    expect(JSON.stringify(seen)).not.toContain('3栋2单元501室');
  });
});
