import { describe, expect, it } from 'vitest';
import { listRejections, dismissRejection } from '../../../src/client/data/sync-queries';
import { mutate } from '../../../src/client/sync/mutate';
import { backoffDelay, createSyncEngine, SAFETY_PULL_MS, type EventSourceLike } from '../../../src/client/sync/sync-engine';
import { NOW, neighbourSession, session } from './fixtures';
import { seededServer, setup } from './harness';

const bookingId = '0b7a4f52-6a8d-4f7e-9a39-2f0f1c2d3e4f';
const bookS2 = { bookingId, slotId: 's2', dinerId: 'm-me', mode: 'dineIn' } as const;


describe('sync engine', () => {
  it('pulls everything on the first sync and reports status', async () => {
    const { db, engine, statuses } = await setup();
    expect(engine.getStatus().downloaded).toBeNull();
    await engine.syncNow();
    expect(await db.mealSlot.count()).toBe(2);
    expect(await db.member.count()).toBe(3);
    expect(engine.getStatus()).toMatchObject({ online: true, syncing: false, pending: 0, lastError: null, downloaded: true, received: 0 });
    expect(engine.getStatus().lastSyncedAt).toBe(NOW.toISOString());
    expect(statuses.some((s) => s.syncing)).toBe(true);
  });

  it('says a first download is not finished, with the rows received so far, until all its pages are in', async () => {
    const server = seededServer();
    server.pageSize = 3;
    let pulls = 0;
    const realFetch = server.fetch;
    // the third page never comes: the phone lost its signal in the middle of the first download
    server.fetch = async (input, init) => {
      if (String(input).includes('/api/sync/pull') && ++pulls === 3) throw new TypeError('Failed to fetch');
      return realFetch(input, init);
    };
    const { engine, statuses, timers } = await setup(server);
    engine.start();
    await engine.whenIdle();
    expect(engine.getStatus()).toMatchObject({ online: false, downloaded: false, received: 0 });
    // progress was reported page by page while it lasted
    const received = statuses.map((s) => s.received).filter((r, i, all) => i === 0 || r !== all[i - 1]);
    expect(received).toEqual([0, 3, 6, 0]);
    timers.fire();
    await engine.whenIdle();
    expect(engine.getStatus()).toMatchObject({ online: true, downloaded: true });
    engine.stop();
  });

  it('knows at start that this phone finished a first download before, also without signal', async () => {
    const server = seededServer();
    const first = await setup(server);
    await first.engine.syncNow();
    server.failure = 'network';
    const again = createSyncEngine({ db: first.db, fetch: server.fetch, eventSource: null, locks: null, timers: first.timers, now: () => NOW });
    again.start();
    await again.whenIdle();
    await expect.poll(() => again.getStatus().downloaded).toBe(true);
    expect(again.getStatus().online).toBe(false);
    again.stop();
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

  it('takes a refused booking off the phone as the refusal arrives, even if the pull after it fails', async () => {
    const server = seededServer();
    const realFetch = server.fetch;
    let signalGoesBeforePull = false;
    // the engine is handed this fetch: the answer to the push arrives, then the signal goes
    server.fetch = async (input, init) => {
      if (signalGoesBeforePull && String(input).includes('/api/sync/pull')) throw new TypeError('Failed to fetch');
      return realFetch(input, init);
    };
    const { db, engine } = await setup(server);
    await engine.syncNow();
    server.apply(neighbourSession, 'bookMeal', { bookingId: crypto.randomUUID(), slotId: 's2', dinerId: 'm-neighbour', mode: 'dineIn' });
    await mutate(db, session, 'bookMeal', bookS2, NOW);
    signalGoesBeforePull = true;
    await engine.syncNow();
    expect(engine.getStatus().online).toBe(false);
    expect(await listRejections(db)).toMatchObject([{ name: 'bookMeal', code: 'SLOT_FULL' }]);
    expect(await db.booking.get(bookingId)).toBeUndefined();
  });

  it('keeps the outbox on network failure and retries with doubling backoff', async () => {
    const { db, engine, server, timers } = await setup();
    await engine.syncNow();
    engine.start();
    await engine.whenIdle();
    server.failure = 'network';
    await mutate(db, session, 'bookMeal', bookS2, NOW);
    await engine.whenIdle();
    expect(engine.getStatus()).toMatchObject({ online: false, pending: 1 });
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      expect(timers.scheduled).toHaveLength(1);
      delays.push(timers.fire());
      await engine.whenIdle();
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
    expect(await db.outbox.count()).toBe(1);

    server.failure = 500;
    timers.fire();
    await engine.whenIdle();
    expect(await db.outbox.count()).toBe(1);
    expect(engine.getStatus().lastError).toBe('INTERNAL');

    server.failure = null;
    timers.fire();
    await engine.whenIdle();
    expect(await db.outbox.count()).toBe(0);
    expect(server.get('booking', bookingId)).toMatchObject({ status: 'confirmed' });
    // no retry is left, only the slow safety-net pull
    expect(timers.scheduled.map((t) => t.ms)).toEqual([SAFETY_PULL_MS]);
    expect(engine.getStatus()).toMatchObject({ online: true, pending: 0, lastError: null });
    engine.stop();
  });

  it('keeps the queue while the server answers 503, waits as long as Retry-After asks, then pushes it once', async () => {
    const { db, engine, server, timers } = await setup();
    engine.start();
    await engine.whenIdle();
    server.failure = 503;
    await mutate(db, session, 'bookMeal', bookS2, NOW);
    await engine.whenIdle();
    // the phone is online, the server is not ready: the booking waits on the phone
    expect(engine.getStatus()).toMatchObject({ online: true, pending: 1 });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.booking.get(bookingId)).toBeDefined();
    // Retry-After: 5 outweighs the first backoff of 1 s; later backoffs outgrow it
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      expect(timers.scheduled).toHaveLength(1);
      delays.push(timers.fire());
      await engine.whenIdle();
    }
    expect(delays).toEqual([5000, 5000, 5000, 8000]);
    expect(await db.outbox.count()).toBe(1);
    server.failure = null;
    timers.fire();
    await engine.whenIdle();
    expect(await db.outbox.count()).toBe(0);
    expect(server.get('booking', bookingId)).toMatchObject({ status: 'confirmed' });
    expect(server.pushes.flatMap((p) => p.mutations).filter((m) => m.name === 'bookMeal')).toHaveLength(1);
    engine.stop();
  });

  it('pulls on a slow timer as a safety net when no poke comes', async () => {
    const { db, engine, server, timers } = await setup();
    engine.start();
    await engine.whenIdle();
    server.put('dish', { id: 'd6', canteenId: 'ct1', name: '小米粥', tags: ['soft'] });
    expect(timers.scheduled.map((t) => t.ms)).toEqual([SAFETY_PULL_MS]);
    expect(timers.fire()).toBe(SAFETY_PULL_MS);
    await engine.whenIdle();
    expect(await db.dish.get('d6')).toBeDefined();
    // and again after each sync, never more than one timer
    expect(timers.scheduled.map((t) => t.ms)).toEqual([SAFETY_PULL_MS]);
    engine.stop();
    expect(timers.scheduled).toHaveLength(0);
  });

  it('on 401 reports the session ended, stops and keeps the outbox', async () => {
    const { db, engine, server, timers, sessionEnded } = await setup();
    await engine.syncNow();
    engine.start();
    await engine.whenIdle();
    server.failure = 401;
    await mutate(db, session, 'bookMeal', bookS2, NOW);
    await engine.whenIdle();
    expect(sessionEnded()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.booking.get(bookingId)).toBeDefined();
    expect(timers.scheduled).toHaveLength(0);
    // Stopped: a further mutation does not trigger a sync.
    const pushes = server.pushes.length;
    await mutate(db, session, 'cancelBooking', { bookingId }, NOW);
    await engine.whenIdle();
    expect(server.pushes.length).toBe(pushes);
  });

  it('coalesces concurrent requests into one running and one follow-up cycle', async () => {
    const { engine, server } = await setup();
    const all = Promise.all([engine.syncNow(), engine.syncNow(), engine.syncNow(), engine.syncNow()]);
    await all;
    expect(server.pulls).toEqual(['0', `${server.version}.${server.scopeKey()}`]);
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
    await engine.whenIdle();
    expect(url).toBe('/api/sync/events');
    expect(await db.mealSlot.count()).toBe(2);

    server.put('dish', { id: 'd3', canteenId: 'ct1', name: '豆腐', tags: ['soft'] });
    listeners.get('poke')!();
    await engine.whenIdle();
    expect(await db.dish.get('d3')).toBeDefined();

    server.put('dish', { id: 'd4', canteenId: 'ct1', name: '米饭', tags: ['staple'] });
    window.dispatchEvent(new Event('online'));
    await engine.whenIdle();
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
    await engine.whenIdle();
    // the first connection fails (no signal); pokes sent until it opens are lost, so opening must sync
    listeners.get('error')!();
    server.put('dish', { id: 'd5', canteenId: 'ct1', name: '馒头', tags: ['staple'] });
    listeners.get('open')!();
    await engine.whenIdle();
    expect(await db.dish.get('d5')).toBeDefined();
    engine.stop();
  });

  it('caps the backoff at a minute', () => {
    expect([1, 2, 3, 7, 20].map(backoffDelay)).toEqual([1000, 2000, 4000, 60000, 60000]);
  });
});
