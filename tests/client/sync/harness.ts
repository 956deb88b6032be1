import { setMeta } from '../../../src/client/data/meta';
import { createSyncEngine, type SyncStatus, type TimersLike } from '../../../src/client/sync/sync-engine';
import type { SessionInfo } from '../../../src/shared/auth';
import { FakeServer } from './fake-server';
import { canteen, community, dishes, freshDb, me, mother, neighbour, session, slot } from './fixtures';

/** Timers the test fires by hand, so backoff is checked without waiting. */
export class ManualTimers implements TimersLike {
  scheduled: { callback: () => void; ms: number; handle: number }[] = [];
  private next = 1;
  set(callback: () => void, ms: number): unknown {
    const handle = this.next++;
    this.scheduled.push({ callback, ms, handle });
    return handle;
  }
  clear(handle: unknown): void {
    this.scheduled = this.scheduled.filter((t) => t.handle !== handle);
  }
  /** Runs the earliest scheduled timer and returns its delay. */
  fire(): number {
    const timer = this.scheduled.shift();
    if (!timer) throw new Error('no timer scheduled');
    timer.callback();
    return timer.ms;
  }
}

/** A server holding one community with a canteen, its dishes and two slots (s1 lunch, s2 dinner). */
export function seededServer(who: SessionInfo = session): FakeServer {
  const server = new FakeServer(who);
  server.put('community', community);
  for (const member of [me, mother, neighbour]) server.put('member', member);
  server.put('canteen', canteen);
  for (const dish of dishes) server.put('dish', dish);
  server.put('mealSlot', slot({ id: 's1' }));
  server.put('mealSlot', slot({ id: 's2', meal: 'dinner', seats: 1 }));
  return server;
}

/** A logged-in client database and an engine wired to a fake server (no SSE, no locks). */
export async function setup(server = seededServer()) {
  const db = freshDb();
  await setMeta(db, 'session', session);
  const timers = new ManualTimers();
  const statuses: SyncStatus[] = [];
  let sessionEnded = 0;
  const engine = createSyncEngine({
    db,
    fetch: server.fetch,
    eventSource: null,
    locks: null,
    timers,
    now: () => server.now,
    onStatus: (s) => statuses.push(s),
    onSessionEnded: () => {
      sessionEnded += 1;
    },
  });
  return { db, server, engine, timers, statuses, sessionEnded: () => sessionEnded };
}
