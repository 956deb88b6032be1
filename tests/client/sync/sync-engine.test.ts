import { describe, expect, it } from 'vitest';
import { listRejections, dismissRejection } from '../../../src/client/data/sync-queries';
import { mutate } from '../../../src/client/sync/mutate';
import { backoffDelay, createSyncEngine, type EventSourceLike } from '../../../src/client/sync/sync-engine';
import { NOW, neighbourSession, session } from './fixtures';
import { seededServer, setup } from './harness';

const bookingId = '0b7a4f52-6a8d-4f7e-9a39-2f0f1c2d3e4f';
const bookS2 = { bookingId, slotId: 's2', dinerId: 'm-me', mode: 'dineIn' } as const;

/** Lets queued promise callbacks and IndexedDB requests run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('sync engine', () => {
  it('pulls everything on the first sync and reports status', async () => {
    const { db, engine, statuses } = await setup();
    await engine.syncNow();
    expect(await db.mealSlot.count()).toBe(2);
    expect(await db.member.count()).toBe(3);
    expect(engine.getStatus()).toMatchObject({ online: true, syncing: false, pending: 0, lastError: null });
    expect(engine.getStatus().lastSyncedAt).toBe(NOW.toISOString());
    expect(statuses.some((s) => s.syncing)).toBe(true);
  });

  it('applies a multi-page pull all at once, and nothing of it when a later page fails', async () => {
    const server = seededServer();
    server.pageSize = 3;
    const realFetch = server.fetch;
    let pulls = 0;
    // the engine is handed this fetch: the second pull request of all fails like a dropped signal
    server.fetch = async (input, init) => {
      if (String(input).includes('/api/sync/pull') && ++pulls === 2) throw new TypeError('Failed to fetch');
      return realFetch(input, init);
    };
    const { db, engine } = await setup(server);
    await engine.syncNow();
    expect(pulls).toBe(2);
    // the first page arrived but the second did not: no half-applied server state, cursor unmoved
    expect(await db.mealSlot.count() + (await db.member.count()) + (await db.canteen.count())).toBe(0);
    expect(await db.meta.get('cursor')).toBeUndefined();
    await engine.syncNow();
    expect(pulls).toBeGreaterThan(3);
    expect(await db.mealSlot.count()).toBe(2);
    expect(await db.member.count()).toBe(3);
  });

  it('removes a booking the server refuses and lists the rejection until dismissed', async () => {
    const { db, engine, server } = await setup();
    await engine.syncNow();
    // The last seat goes to a neighbour before our offline booking reaches the server.
    server.apply(neighbourSession, 'bookMeal', { bookingId: crypto.randomUUID(), slotId: 's2', dinerId: 'm-neighbour', mode: 'dineIn' });
    await mutate(db, session, 'bookMeal', bookS2, NOW);
    expect(await db.booking.get(bookingId)).toBeDefined();

    await engine.syncNow();
    expect(await db.booking.get(bookingId)).toBeUndefined();
    expect((await db.mealSlot.get('s2'))?.seatsTaken).toBe(1);
    expect(await db.outbox.count()).toBe(0);
    const rejections = await listRejections(db);
    expect(rejections).toMatchObject([{ name: 'bookMeal', code: 'SLOT_FULL', fields: ['slotId'], args: bookS2 }]);
    await dismissRejection(db, rejections[0]!.id);
    expect(await listRejections(db)).toEqual([]);
  });

  it('keeps the outbox on network failure and retries with doubling backoff', async () => {
    const { db, engine, server, timers } = await setup();
    await engine.syncNow();
    engine.start();
    await settle();
    server.failure = 'network';
    await mutate(db, session, 'bookMeal', bookS2, NOW);
    await settle();
    expect(engine.getStatus()).toMatchObject({ online: false, pending: 1 });
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      expect(timers.scheduled).toHaveLength(1);
      delays.push(timers.fire());
      await settle();
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    expect(await db.outbox.count()).toBe(1);

    server.failure = 500;
    timers.fire();
    await settle();
    expect(await db.outbox.count()).toBe(1);
    expect(engine.getStatus().lastError).toBe('INTERNAL');

    server.failure = null;
    timers.fire();
    await settle();
    expect(await db.outbox.count()).toBe(0);
    expect(server.get('booking', bookingId)).toMatchObject({ status: 'confirmed' });
    expect(timers.scheduled).toHaveLength(0);
    expect(engine.getStatus()).toMatchObject({ online: true, pending: 0, lastError: null });
    engine.stop();
  });

  it('on 401 reports the session ended, stops and keeps the outbox', async () => {
    const { db, engine, server, timers, sessionEnded } = await setup();
    await engine.syncNow();
    engine.start();
    await settle();
    server.failure = 401;
    await mutate(db, session, 'bookMeal', bookS2, NOW);
    await settle();
    expect(sessionEnded()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.booking.get(bookingId)).toBeDefined();
    expect(timers.scheduled).toHaveLength(0);
    // Stopped: a further mutation does not trigger a sync.
    const pushes = server.pushes.length;
    await mutate(db, session, 'cancelBooking', { bookingId }, NOW);
    await settle();
    expect(server.pushes.length).toBe(pushes);
  });

  it('coalesces concurrent requests into one running and one follow-up cycle', async () => {
    const { engine, server } = await setup();
    const all = Promise.all([engine.syncNow(), engine.syncNow(), engine.syncNow(), engine.syncNow()]);
    await all;
    expect(server.pulls).toEqual(['0', String(server.version)]);
  });

  it('syncs on a poke and on coming online, closes the stream on stop, and takes the lock', async () => {
    const server = seededServer();
    const { db } = await setup(server);
    const listeners = new Map<string, () => void>();
    let closed = false;
    const source: EventSourceLike = {
      addEventListener: (type, listener) => listeners.set(type, listener),
      close: () => {
        closed = true;
      },
    };
    const lockNames: string[] = [];
    let url = '';
    const engine = createSyncEngine({
      db,
      fetch: server.fetch,
      now: () => NOW,
      eventSource: (u) => {
        url = u;
        return source;
      },
      locks: { request: (name, callback) => (lockNames.push(name), callback()) },
    });
    engine.start();
    await settle();
    expect(url).toBe('/api/sync/events');
    expect(await db.mealSlot.count()).toBe(2);

    server.put('dish', { id: 'd3', canteenId: 'ct1', name: '豆腐', tags: ['soft'] });
    listeners.get('poke')!();
    await settle();
    expect(await db.dish.get('d3')).toBeDefined();

    server.put('dish', { id: 'd4', canteenId: 'ct1', name: '米饭', tags: ['staple'] });
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(await db.dish.get('d4')).toBeDefined();
    expect(lockNames.every((n) => n === 'linlitong-sync')).toBe(true);
    expect(lockNames.length).toBe(3);

    engine.stop();
    expect(closed).toBe(true);
  });

  it('catches up when the poke stream first opens after failing, as when the app was opened offline', async () => {
    const server = seededServer();
    const { db } = await setup(server);
    const listeners = new Map<string, () => void>();
    const source: EventSourceLike = { addEventListener: (type, listener) => listeners.set(type, listener), close: () => {} };
    const engine = createSyncEngine({ db, fetch: server.fetch, now: () => NOW, eventSource: () => source, locks: null });
    engine.start();
    await settle();
    // the first connection fails (no signal); pokes sent until it opens are lost, so opening must sync
    listeners.get('error')!();
    server.put('dish', { id: 'd5', canteenId: 'ct1', name: '馒头', tags: ['staple'] });
    listeners.get('open')!();
    await settle();
    expect(await db.dish.get('d5')).toBeDefined();
    engine.stop();
  });

  it('caps the backoff at a minute', () => {
    expect([1, 2, 3, 7, 20].map(backoffDelay)).toEqual([1000, 2000, 4000, 60000, 60000]);
  });
});
