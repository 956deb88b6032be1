import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../src/shared/api-error';
import { bookMealMutation, buildCommunity, loginAs, pull, pullAll, push, rawMutation } from './fixtures';
import { DIALECTS, useTestApp } from './test-database';

describe.each(DIALECTS)('pull on %s', (kind) => {
  const t = useTestApp(kind);

  it('sends everything visible once, then only what changed', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.daughter);
    const first = await pullAll(t, token);
    const kinds = first.changes.map((c) => `${c.entity}:${c.id}`);
    expect(kinds).toEqual(expect.arrayContaining([
      `community:${fx.communityId}`, `member:${fx.elder.id}`, `member:${fx.daughter.id}`,
      `canteen:${fx.canteen.id}`, `mealSlot:${fx.slot.id}`,
    ]));
    expect((await pull(t, token, first.cursor)).changes).toEqual([]);

    const m = bookMealMutation(fx.slot.id, fx.elder.id);
    await push(t, token, [m]);
    const after = await pull(t, token, first.cursor);
    const bookingId = (m.args as { bookingId: string }).bookingId;
    expect(after.changes.map((c) => `${c.op}:${c.entity}:${c.id}`)).toEqual([`put:booking:${bookingId}`, `put:mealSlot:${fx.slot.id}`]);
    const slotChange = after.changes[1];
    expect(slotChange?.op === 'put' && slotChange.row.seatsTaken).toBe(1);

    await push(t, token, [rawMutation('cancelBooking', { bookingId })]);
    const cancelled = await pull(t, token, after.cursor);
    expect(cancelled.changes.find((c) => c.entity === 'booking')).toEqual({ entity: 'booking', id: bookingId, op: 'del' });
  });

  it('pages with a small limit cover every change exactly once', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.staff);
    const whole = await pullAll(t, token);
    const paged = await pullAll(t, token, '0', 2);
    expect(paged.changes).toEqual(whole.changes);
    expect(new Set(paged.changes.map((c) => `${c.entity}:${c.id}`)).size).toBe(paged.changes.length);
    expect(paged.cursor).toBe(whole.cursor);
    const page = await pull(t, token, '0', 2);
    expect(page.changes).toHaveLength(2);
    expect(page.hasMore).toBe(true);
  });

  it('never sends other communities, other households, or phone numbers', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const elder = await loginAs(t, fx.elder);
    await push(t, await loginAs(t, fx.neighbour), [bookMealMutation(fx.slot.id, fx.neighbour.id)]);
    await push(t, elder, [bookMealMutation(fx.slot.id, fx.elder.id)]);
    const seen = await pullAll(t, elder);
    const body = JSON.stringify(seen);
    for (const p of [fx.elder, fx.daughter, fx.neighbour, fx.outsider]) expect(body).not.toContain(p.phone);
    const ids = seen.changes.map((c) => c.id);
    expect(ids).not.toContain(fx.outsiderCommunityId);
    expect(ids).not.toContain(fx.outsider.id);
    expect(ids).not.toContain(fx.neighbour.id);
    expect(ids).not.toContain(fx.staff.id);
    expect(seen.changes.filter((c) => c.entity === 'booking' && c.op === 'put')).toHaveLength(1);
    expect(seen.changes.some((c) => c.op === 'put' && c.entity === 'booking' && c.row.dinerId === fx.neighbour.id)).toBe(false);

    // staff see every booking and member of their community, still without phones
    const staffView = await pullAll(t, await loginAs(t, fx.staff));
    expect(staffView.changes.filter((c) => c.entity === 'booking' && c.op === 'put')).toHaveLength(2);
    expect(staffView.changes.map((c) => c.id)).toContain(fx.neighbour.id);
    expect(JSON.stringify(staffView)).not.toContain(fx.neighbour.phone);
  });

  it('answers 400 for a bad cursor', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.elder);
    for (const q of ['cursor=abc', 'cursor=-1', 'cursor=0&limit=0', 'cursor=0&limit=100000']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/sync/pull?${q}`, headers: { authorization: `Bearer ${token}` } });
      expect(res.statusCode).toBe(400);
      expect(res.json<ApiErrorBody>().error.code).toBe('INVALID');
    }
  });
});
