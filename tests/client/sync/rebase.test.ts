import { describe, expect, it } from 'vitest';
import { mutate } from '../../../src/client/sync/mutate';
import { rebase } from '../../../src/client/sync/rebase';
import { createApiClient } from '../../../src/client/sync/api-client';
import { pullAll } from '../../../src/client/sync/sync-cycle';
import { NOW, session, neighbourSession, slot } from './fixtures';
import { setup } from './harness';

const bookingId = '0b7a4f52-6a8d-4f7e-9a39-2f0f1c2d3e4f';
const book = { bookingId, slotId: 's1', dinerId: 'm-me', mode: 'dineIn' } as const;

describe('rebase', () => {
  it('keeps a pending booking on top of what others changed meanwhile, without double counting', async () => {
    const { db, engine, server } = await setup();
    await engine.syncNow();
    server.failure = 'network';
    await mutate(db, session, 'bookMeal', book, NOW);
    await engine.syncNow();
    expect(await db.outbox.count()).toBe(1);

    // A neighbour books the same slot on the server; we pull but cannot push.
    server.apply(neighbourSession, 'bookMeal', { bookingId: crypto.randomUUID(), slotId: 's1', dinerId: 'm-neighbour', mode: 'dineIn' });
    server.failure = null;
    const api = createApiClient({ fetch: server.fetch });
    await pullAll(db, api, () => NOW);
    expect(await db.booking.get(bookingId)).toBeDefined();
    expect((await db.mealSlot.get('s1'))?.seatsTaken).toBe(2);
    await pullAll(db, api, () => NOW);
    expect((await db.mealSlot.get('s1'))?.seatsTaken).toBe(2);
    expect(await db.booking.count()).toBe(1);

    await engine.syncNow();
    expect((await db.mealSlot.get('s1'))?.seatsTaken).toBe(2);
    expect(server.get('mealSlot', 's1')).toMatchObject({ seatsTaken: 2 });
    expect(await db.booking.count()).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps an acknowledged booking visible until the following pull has finished', async () => {
    const { db, engine, server } = await setup();
    await engine.syncNow();
    await mutate(db, session, 'bookMeal', book, NOW);
    // Other rows change first so the first page carries neither our booking nor its slot.
    server.put('dish', { id: 'd3', canteenId: 'ct1', name: '豆腐', tags: ['soft'] });
    server.put('dish', { id: 'd4', canteenId: 'ct1', name: '米饭', tags: ['staple'] });
    server.pageSize = 2;
    const seen: { booking: boolean; seats: number | undefined; state: string | undefined }[] = [];
    server.beforePull = async () => {
      seen.push({
        booking: (await db.booking.get(bookingId)) !== undefined,
        seats: (await db.mealSlot.get('s1'))?.seatsTaken,
        state: (await db.outbox.toArray())[0]?.state,
      });
    };
    await engine.syncNow();
    expect(seen.length).toBe(2);
    for (const s of seen) expect(s).toMatchObject({ booking: true, seats: 1 });
    expect(seen[0]?.state).toBe('acked');
    expect(await db.booking.get(bookingId)).toBeDefined();
    expect((await db.mealSlot.get('s1'))?.seatsTaken).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });

  it('deletes rows on a tombstone', async () => {
    const { db, engine, server } = await setup();
    await engine.syncNow();
    await mutate(db, session, 'bookMeal', book, NOW);
    await engine.syncNow();
    expect(await db.booking.get(bookingId)).toBeDefined();
    // Cancelled at the counter by staff: the server keeps a cancelled row, pulls send a tombstone.
    server.put('booking', { ...server.get<object>('booking', bookingId), status: 'cancelled' });
    server.put('mealSlot', slot({ id: 's1', seatsTaken: 0 }));
    await engine.syncNow();
    expect(await db.booking.get(bookingId)).toBeUndefined();
    expect((await db.mealSlot.get('s1'))?.seatsTaken).toBe(0);
  });

  it('skips changes it does not understand without failing', async () => {
    const { db } = await setup();
    await rebase(
      db,
      [
        { entity: 'volunteerShift', id: 'x', op: 'put', row: { id: 'x' } },
        { entity: 'dish', id: 'd9', op: 'put', row: { id: 'other' } },
        null,
        { entity: 'dish', id: 'd8', op: 'put', row: { id: 'd8', canteenId: 'ct1', name: '汤', tags: ['soup'], extra: 1 } },
      ],
      '7',
      NOW,
    );
    expect(await db.dish.toArray()).toMatchObject([{ id: 'd8' }]);
    expect(await db.meta.get('cursor')).toMatchObject({ value: '7' });
  });

  it('leaves a mutation queued without effect when its rule now refuses', async () => {
    const { db, engine, server } = await setup();
    await engine.syncNow();
    server.failure = 'network';
    await mutate(db, session, 'bookMeal', { ...book, slotId: 's2' }, NOW);
    server.failure = null;
    server.apply(neighbourSession, 'bookMeal', { bookingId: crypto.randomUUID(), slotId: 's2', dinerId: 'm-neighbour', mode: 'dineIn' });
    await pullAll(db, createApiClient({ fetch: server.fetch }), () => NOW);
    expect(await db.booking.get(bookingId)).toBeUndefined();
    expect((await db.mealSlot.get('s2'))?.seatsTaken).toBe(1);
    expect(await db.outbox.toArray()).toMatchObject([{ state: 'pending' }]);
  });
});
