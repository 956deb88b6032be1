import { describe, expect, it } from 'vitest';
import { addDays, shanghaiDate } from '../../src/shared/time';
import type { Change } from '../../src/shared/sync/protocol';
import { changeMemberScope } from '../../src/server/member/member-scope.service';
import { DIALECTS, useTestApp } from './test-database';
import { bookMealMutation, loginAs, pull, pullAll, push } from './fixtures';
import { buildHelpCommunity, fileArgs, mutation } from './help/help-fixtures';

/** The rows a device holds after applying changes in order, as the client does (a reset drops all first). */
function applyToDevice(device: Map<string, Change>, changes: Change[], reset = false): Map<string, Change> {
  if (reset) device.clear();
  for (const c of changes) {
    if (c.op === 'del') device.delete(`${c.entity}:${c.id}`);
    else device.set(`${c.entity}:${c.id}`, c);
  }
  return device;
}

/** Pulls every page from a cursor and applies it to a device, as the client's sync cycle does. */
async function syncDevice(t: Parameters<typeof pull>[0], token: string, device: Map<string, Change>, cursor: string) {
  let reset = false;
  const changes: Change[] = [];
  for (;;) {
    const page = await pull(t, token, cursor);
    if (page.reset) {
      reset = true;
      changes.length = 0;
    }
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  return { device: applyToDevice(device, changes, reset), cursor, reset };
}

describe.each(DIALECTS)('a user whose scope shrinks, on %s', (kind) => {
  const t = useTestApp(kind);

  it('a volunteer moved to another community keeps none of the old community’s rows after the next pull', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const volunteer = fx.volunteers[0]!;
    const elder = await loginAs(t, fx.elder);
    const vol = await loginAs(t, volunteer);
    const args = fileArgs(fx, fx.elder.id, addDays(shanghaiDate(t.clock.now()), 1));
    expect((await push(t, elder, [mutation('fileHelpRequest', args)])).results[0]?.status).toBe('applied');
    expect((await push(t, vol, [mutation('acceptHelpRequest', { requestId: args.requestId })])).results[0]?.status).toBe('applied');
    const first = await pullAll(t, vol);
    const device = applyToDevice(new Map(), first.changes);
    expect(device.get(`helpContact:${args.requestId}`)).toMatchObject({ op: 'put', row: { phone: '13912345678' } });

    await changeMemberScope(t.db, volunteer.id, { communityId: fx.outsiderCommunityId });
    const next = await syncDevice(t, vol, device, first.cursor);
    expect(next.reset).toBe(true);
    const held = [...next.device.values()].flatMap((c) => (c.op === 'put' ? [{ entity: c.entity, row: c.row }] : []));
    // nothing of the old community: no contact, no request, no kinds, no canteen, not the community itself
    expect(held.filter(({ row }) => row.communityId === fx.communityId)).toEqual([]);
    expect(next.device.has(`helpContact:${args.requestId}`)).toBe(false);
    expect(next.device.has(`community:${fx.communityId}`)).toBe(false);
    expect(next.device.has(`community:${fx.outsiderCommunityId}`)).toBe(true);
    // and from the new cursor on, no further start-over
    expect((await pull(t, vol, next.cursor)).reset).toBeUndefined();
  });

  it('staff made a resident keep only their own household’s private rows', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const neighbour = await loginAs(t, fx.neighbour);
    expect((await push(t, neighbour, [bookMealMutation(fx.slot.id, fx.neighbour.id)])).results[0]?.status).toBe('applied');
    const args = fileArgs(fx, fx.elder.id, addDays(shanghaiDate(t.clock.now()), 1));
    expect((await push(t, await loginAs(t, fx.elder), [mutation('fileHelpRequest', args)])).results[0]?.status).toBe('applied');
    const staff = await loginAs(t, fx.staff);
    const first = await pullAll(t, staff);
    const device = applyToDevice(new Map(), first.changes);
    expect([...device.keys()].filter((k) => k.startsWith('booking:'))).toHaveLength(1);
    expect(device.has(`helpContact:${args.requestId}`)).toBe(true);
    expect(device.has(`member:${fx.neighbour.id}`)).toBe(true);

    await changeMemberScope(t.db, fx.staff.id, { role: 'resident' });
    const next = await syncDevice(t, staff, device, first.cursor);
    expect(next.reset).toBe(true);
    expect([...next.device.keys()].filter((k) => k.startsWith('booking:') || k.startsWith('helpContact:'))).toEqual([]);
    expect(next.device.has(`member:${fx.neighbour.id}`)).toBe(false);
    expect(next.device.has(`member:${fx.staff.id}`)).toBe(true);
    expect(next.device.has(`mealSlot:${fx.slot.id}`)).toBe(true);
  });

  it('a user whose scope did not change pulls on without starting over', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const elder = await loginAs(t, fx.elder);
    const first = await pullAll(t, elder);
    expect(first.cursor).toMatch(/^\d+\.[A-Za-z0-9_-]+$/);
    await changeMemberScope(t.db, fx.neighbour.id, { role: 'volunteer' });
    const next = await pull(t, elder, first.cursor);
    expect(next.reset).toBeUndefined();
    // a cursor of an older client, without a scope, starts over once
    expect((await pull(t, elder, first.cursor.split('.')[0])).reset).toBe(true);
  });
});
