import { describe, expect, it } from 'vitest';
import type { MutationResult } from '../../src/shared/sync/protocol';
import type { ApiErrorBody } from '../../src/shared/api-error';
import { DIALECTS, TEST_NOW, useTestApp } from './test-database';
import { bookMealMutation, buildCommunity, loginAs, push, rawMutation, seatsTaken } from './fixtures';

describe.each(DIALECTS)('push on %s', (kind) => {
  const t = useTestApp(kind);

  it('applies a valid bookMeal and takes a seat', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.daughter);
    const m = bookMealMutation(fx.slot.id, fx.elder.id, 'delivery');
    expect(await push(t, token, [m])).toEqual({ results: [{ id: m.id, status: 'applied' }] });
    expect(await seatsTaken(t.db, fx.slot.id)).toBe(1);
    const booking = await t.db.selectFrom('bookings').selectAll().where('slot_id', '=', fx.slot.id).executeTakeFirstOrThrow();
    expect(booking).toMatchObject({ diner_id: fx.elder.id, booked_by_id: fx.daughter.id, price_tier: 'elder', price_fen: 1400, status: 'confirmed' });
  });

  it('rejects bad args naming the fields and unknown names, and still applies the rest of the batch', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.elder);
    const bad = rawMutation('bookMeal', { bookingId: 'not-a-uuid', slotId: fx.slot.id, dinerId: fx.elder.id, mode: 'teleport' });
    const unknown = rawMutation('flyToMoon', {});
    const good = bookMealMutation(fx.slot.id, fx.elder.id);
    const { results } = await push(t, token, [bad, unknown, good]);
    expect(results[0]).toMatchObject({ id: bad.id, status: 'rejected', code: 'INVALID' });
    expect(results[0]?.status === 'rejected' && results[0].fields.sort()).toEqual(['bookingId', 'mode']);
    expect(results[1]).toMatchObject({ id: unknown.id, status: 'rejected', code: 'UNKNOWN_MUTATION' });
    expect(results[2]).toEqual({ id: good.id, status: 'applied' });
    expect(await seatsTaken(t.db, fx.slot.id)).toBe(1);
  });

  it('replays a batch three times with no further effect', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.elder);
    const batch = [bookMealMutation(fx.slot.id, fx.elder.id), bookMealMutation(fx.slot.id, fx.elder.id)];
    const first = await push(t, token, batch);
    expect(first.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
    expect(first.results[1]).toMatchObject({ code: 'ALREADY_BOOKED' });
    for (let i = 0; i < 3; i++) expect(await push(t, token, batch)).toEqual(first);
    expect(await seatsTaken(t.db, fx.slot.id)).toBe(1);
    const bookings = await t.db.selectFrom('bookings').select('id').where('slot_id', '=', fx.slot.id).execute();
    expect(bookings).toHaveLength(1);
    // someone else replaying the same mutation id learns nothing and changes nothing
    const other = await loginAs(t, fx.neighbour);
    const stolen = await push(t, other, [batch[0]!]);
    expect(stolen.results[0]).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
  });

  it('refuses SLOT_FULL, PAST_CUTOFF and booking for another household', async () => {
    const fx = await buildCommunity(t.db, t.clock.now(), { seats: 1 });
    const elder = await loginAs(t, fx.elder);
    const neighbour = await loginAs(t, fx.neighbour);
    expect((await push(t, elder, [bookMealMutation(fx.slot.id, fx.elder.id)])).results[0]?.status).toBe('applied');
    const full = await push(t, neighbour, [bookMealMutation(fx.slot.id, fx.neighbour.id)]);
    expect(full.results[0]).toMatchObject({ status: 'rejected', code: 'SLOT_FULL', fields: ['slotId'] });
    const forbidden = await push(t, neighbour, [bookMealMutation(fx.slot.id, fx.daughter.id)]);
    expect(forbidden.results[0]).toMatchObject({ status: 'rejected', code: 'FORBIDDEN', fields: ['dinerId'] });

    const later = await buildCommunity(t.db, t.clock.now());
    const daughter = await loginAs(t, later.daughter);
    t.clock.set(later.slot.cutoffAt);
    try {
      const late = await push(t, daughter, [bookMealMutation(later.slot.id, later.daughter.id)]);
      expect(late.results[0]).toMatchObject({ status: 'rejected', code: 'PAST_CUTOFF' });
    } finally {
      t.clock.set(TEST_NOW);
    }
    expect(await seatsTaken(t.db, later.slot.id)).toBe(0);
  });

  it('cancels a booking and frees its seat', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.daughter);
    const book = bookMealMutation(fx.slot.id, fx.elder.id);
    await push(t, token, [book]);
    const bookingId = (book.args as { bookingId: string }).bookingId;
    const cancel = rawMutation('cancelBooking', { bookingId });
    expect((await push(t, token, [cancel])).results[0]?.status).toBe('applied');
    expect(await seatsTaken(t.db, fx.slot.id)).toBe(0);
    const twice = await push(t, token, [rawMutation('cancelBooking', { bookingId })]);
    expect(twice.results[0]).toMatchObject({ code: 'ALREADY_CANCELLED' });
  });

  it('answers 400 naming the field for a malformed envelope', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.elder);
    const res = await t.app.inject({
      method: 'POST', url: '/api/sync/push', headers: { authorization: `Bearer ${token}` },
      payload: { clientId: 'c', mutations: [{ id: 'x', name: 'bookMeal', args: {}, createdAt: 'now' }] },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<ApiErrorBody>().error.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['mutations.0.id', 'mutations.0.createdAt']));
  });

  it('never overbooks the last seats under parallel pushes', async () => {
    const fx = await buildCommunity(t.db, t.clock.now(), { seats: 3 });
    const staff = await loginAs(t, fx.staff);
    // the staff member books at the counter for many residents at once
    const diners = [fx.elder, fx.daughter, fx.neighbour, fx.staff];
    const pushes = diners.flatMap((d) => [push(t, staff, [bookMealMutation(fx.slot.id, d.id)]), push(t, staff, [bookMealMutation(fx.slot.id, d.id)])]);
    const results: MutationResult[] = (await Promise.all(pushes)).flatMap((r) => r.results);
    const applied = results.filter((r) => r.status === 'applied');
    expect(applied).toHaveLength(3);
    expect(results.filter((r) => r.status === 'rejected').map((r) => r.status === 'rejected' && r.code).sort())
      .toEqual(expect.arrayContaining(['SLOT_FULL']));
    expect(await seatsTaken(t.db, fx.slot.id)).toBe(3);
    const confirmed = await t.db.selectFrom('bookings').select('id').where('slot_id', '=', fx.slot.id).where('status', '=', 'confirmed').execute();
    expect(confirmed).toHaveLength(3);
  });
});
