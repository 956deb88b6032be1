import { describe, expect, it } from 'vitest';
import { mutate } from '../../../src/client/sync/mutate';
import { RejectionError } from '../../../src/shared/rejection';
import { NOW, session, slot } from './fixtures';
import { setup } from './harness';

const bookingId = '0b7a4f52-6a8d-4f7e-9a39-2f0f1c2d3e4f';

describe('mutate', () => {
  it('applies a booking optimistically before any network', async () => {
    const { db, engine, server } = await setup();
    await engine.syncNow();
    const pullsBefore = server.pulls.length;
    await mutate(db, session, 'bookMeal', { bookingId, slotId: 's1', dinerId: 'm-mother', mode: 'dineIn' }, NOW);
    const booking = await db.booking.get(bookingId);
    expect(booking).toMatchObject({ dinerId: 'm-mother', bookedById: 'm-me', priceTier: 'elder', priceFen: 1000, status: 'confirmed' });
    expect((await db.mealSlot.get('s1'))?.seatsTaken).toBe(1);
    expect(await db.outbox.toArray()).toMatchObject([{ name: 'bookMeal', state: 'pending', touched: ['booking:' + bookingId, 'mealSlot:s1'] }]);
    expect(await db.shadows.get(['booking', bookingId])).toMatchObject({ row: null });
    expect(await db.shadows.get(['mealSlot', 's1'])).toMatchObject({ row: { seatsTaken: 0 } });
    expect(server.pulls.length).toBe(pullsBefore);
  });

  it('queues nothing when the shared rule refuses locally', async () => {
    const { db, engine, server } = await setup();
    server.put('mealSlot', slot({ id: 's1', seats: 1, seatsTaken: 1 }));
    await engine.syncNow();
    const attempt = mutate(db, session, 'bookMeal', { bookingId, slotId: 's1', dinerId: 'm-me', mode: 'dineIn' }, NOW);
    await expect(attempt).rejects.toBeInstanceOf(RejectionError);
    await expect(attempt).rejects.toMatchObject({ rejection: { code: 'SLOT_FULL' } });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.shadows.count()).toBe(0);
    expect(await db.booking.count()).toBe(0);
  });

  it('refuses invalid arguments with the field named', async () => {
    const { db } = await setup();
    const attempt = mutate(db, session, 'bookMeal', { bookingId: 'not-a-uuid', slotId: 's1', dinerId: 'm-me', mode: 'dineIn' }, NOW);
    await expect(attempt).rejects.toMatchObject({ rejection: { code: 'INVALID', fields: ['bookingId'] } });
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses booking for someone outside the household', async () => {
    const { db, engine } = await setup();
    await engine.syncNow();
    const attempt = mutate(db, session, 'bookMeal', { bookingId, slotId: 's1', dinerId: 'm-neighbour', mode: 'dineIn' }, NOW);
    await expect(attempt).rejects.toMatchObject({ rejection: { code: 'FORBIDDEN' } });
  });

  it('cancels an offline-made booking before it was ever synced', async () => {
    const { db, engine, server } = await setup();
    await engine.syncNow();
    server.failure = 'network';
    await mutate(db, session, 'bookMeal', { bookingId, slotId: 's1', dinerId: 'm-me', mode: 'pickup' }, NOW);
    await mutate(db, session, 'cancelBooking', { bookingId }, NOW);
    expect(await db.booking.get(bookingId)).toBeUndefined();
    expect((await db.mealSlot.get('s1'))?.seatsTaken).toBe(0);
    expect(await db.outbox.count()).toBe(2);

    server.failure = null;
    await engine.syncNow();
    expect(server.get('booking', bookingId)).toMatchObject({ status: 'cancelled' });
    expect(await db.booking.get(bookingId)).toBeUndefined();
    expect((await db.mealSlot.get('s1'))?.seatsTaken).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.shadows.count()).toBe(0);
    expect(await db.rejections.count()).toBe(0);
  });

  it('refuses to cancel after the cut-off', async () => {
    const { db, engine } = await setup();
    await engine.syncNow();
    await mutate(db, session, 'bookMeal', { bookingId, slotId: 's1', dinerId: 'm-me', mode: 'pickup' }, NOW);
    const late = new Date('2026-11-24T13:00:00.000Z');
    await expect(mutate(db, session, 'cancelBooking', { bookingId }, late)).rejects.toMatchObject({ rejection: { code: 'PAST_CUTOFF' } });
    expect(await db.outbox.count()).toBe(1);
  });
});
