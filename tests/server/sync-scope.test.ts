import { describe, expect, it } from 'vitest';
import { addDays, shanghaiDate } from '../../src/shared/time';
import { cursorVersion } from '../../src/shared/sync/protocol';
import { DIALECTS, useTestApp } from './test-database';
import { loginAs, pull, pullAll, push } from './fixtures';
import { buildHelpCommunity, fileArgs, mutation } from './help/help-fixtures';

describe.each(DIALECTS)('sync scope: audience, grants and revocations on %s', (kind) => {
  const t = useTestApp(kind);

  it('sends a volunteer no resident name, room or phone before they accept, and the contact after', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 2);
    const daughter = await loginAs(t, fx.daughter);
    const args = fileArgs(fx, fx.elder.id, addDays(shanghaiDate(t.clock.now()), 1));
    await push(t, daughter, [mutation('fileHelpRequest', args)]);
    const vol = await loginAs(t, fx.volunteers[0]!);
    const res = await t.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: { authorization: `Bearer ${vol}` } });
    const raw = res.body;
    expect(raw).toContain(args.requestId);
    expect(raw).toContain('3栋');
    // the room alone, with its unit: a bare '501' turned up by chance inside random ids about once in twenty runs
    for (const secret of [fx.elder.name, fx.elder.id, fx.elder.householdId!, args.address, '2单元501室', args.phone, args.note]) {
      expect(raw).not.toContain(secret);
    }
    // the neighbour (a resident, not a volunteer) does not even see the request
    expect(JSON.stringify(await pullAll(t, await loginAs(t, fx.neighbour)))).not.toContain(args.requestId);
    await push(t, vol, [mutation('acceptHelpRequest', { requestId: args.requestId })]);
    const after = JSON.stringify(await pullAll(t, vol));
    expect(after).toContain(args.address);
    expect(after).toContain(args.phone);
    // the other volunteer's board loses the request (tombstone), and never sees the contact
    const other = await pullAll(t, await loginAs(t, fx.volunteers[1]!));
    expect(other.changes.filter((c) => c.id === args.requestId)).toEqual([{ entity: 'helpRequest', id: args.requestId, op: 'del' }]);
    expect(JSON.stringify(other)).not.toContain(args.address);
  });

  it('revokes the contact from a volunteer when the request is reassigned or cancelled', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 2);
    const [v0, v1] = fx.volunteers as [typeof fx.volunteers[0], typeof fx.volunteers[0]];
    const staff = await loginAs(t, fx.staff);
    const elder = await loginAs(t, fx.elder);
    const a = fileArgs(fx, fx.elder.id, addDays(shanghaiDate(t.clock.now()), 1));
    await push(t, elder, [mutation('fileHelpRequest', a)]);
    await push(t, staff, [mutation('dispatchHelpRequest', { requestId: a.requestId, volunteerId: v0.id })]);
    const t0 = await loginAs(t, v0);
    const first = await pullAll(t, t0);
    expect(first.changes.find((c) => c.entity === 'helpContact' && c.id === a.requestId)).toMatchObject({ op: 'put' });

    await push(t, staff, [mutation('dispatchHelpRequest', { requestId: a.requestId, volunteerId: v1.id })]);
    const next = await pullAll(t, t0, first.cursor);
    expect(next.changes).toEqual(expect.arrayContaining([
      { entity: 'helpContact', id: a.requestId, op: 'del' },
      { entity: 'helpRequest', id: a.requestId, op: 'del' },
    ]));
    expect(cursorVersion(next.cursor)).toBeGreaterThan(cursorVersion(first.cursor));
    expect((await pull(t, t0, next.cursor)).changes).toEqual([]);

    const t1 = await loginAs(t, v1);
    const v1First = await pullAll(t, t1);
    expect(v1First.changes.find((c) => c.entity === 'helpContact' && c.id === a.requestId)).toMatchObject({ op: 'put' });
    await push(t, elder, [mutation('cancelHelpRequest', { requestId: a.requestId })]);
    const v1Next = await pullAll(t, t1, v1First.cursor);
    expect(v1Next.changes).toContainEqual({ entity: 'helpContact', id: a.requestId, op: 'del' });
    // the household still has it: a revocation is only for the viewer who lost it
    const household = await pullAll(t, await loginAs(t, fx.daughter));
    expect(household.changes.find((c) => c.entity === 'helpContact' && c.id === a.requestId)).toMatchObject({ op: 'put' });
  });

  it('pages through rows and revocations as one ordered stream', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 2);
    const staff = await loginAs(t, fx.staff);
    const elder = await loginAs(t, fx.elder);
    const v0 = await loginAs(t, fx.volunteers[0]!);
    for (let i = 0; i < 3; i++) {
      const a = fileArgs(fx, fx.elder.id, addDays(shanghaiDate(t.clock.now()), 1));
      await push(t, elder, [mutation('fileHelpRequest', a)]);
      await push(t, staff, [mutation('dispatchHelpRequest', { requestId: a.requestId, volunteerId: fx.volunteers[0]!.id })]);
      await push(t, staff, [mutation('dispatchHelpRequest', { requestId: a.requestId, volunteerId: fx.volunteers[1]!.id })]);
    }
    const whole = await pullAll(t, v0);
    const paged = await pullAll(t, v0, '0', 2);
    expect(paged.changes).toEqual(whole.changes);
    expect(paged.cursor).toBe(whole.cursor);
    expect(whole.changes.filter((c) => c.entity === 'helpContact' && c.op === 'put')).toEqual([]);
  });

  it('shows staff of one community nothing of another', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const a = fileArgs(fx, fx.elder.id, addDays(shanghaiDate(t.clock.now()), 1));
    await push(t, await loginAs(t, fx.elder), [mutation('fileHelpRequest', a)]);
    const seen = JSON.stringify(await pullAll(t, await loginAs(t, fx.outsiderStaff)));
    for (const secret of [a.requestId, a.address, a.phone, fx.kindId, `"${fx.communityId}"`]) expect(seen).not.toContain(secret);
    const own = JSON.stringify(await pullAll(t, await loginAs(t, fx.staff)));
    expect(own).toContain(a.address);
  });
});
