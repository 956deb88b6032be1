/**
 * Decides when to sync: on start, when the browser comes online, on a server poke, after a local
 * mutation, after failures with exponential backoff (longer if the server asks, Retry-After), and
 * every few minutes as a safety net for pokes that never came. One cycle runs at a time (requests made
 * meanwhile coalesce into one follow-up) and Web Locks keep tabs from syncing at the same time.
 * It knows no UI: it reports through `onStatus` and `onSessionEnded`.
 */
import type { AppDb } from '../data/db';
import { getMeta } from '../data/meta';
import { countPending } from '../data/sync-queries';
import { POKE_EVENT } from '../../shared/sync/protocol';
import { ApiError, createApiClient } from './api-client';
import { onOutboxChanged } from './outbox-signal';
import { runSyncCycle } from './sync-cycle';

/** What the UI shows about syncing. */
export interface SyncStatus {
  /** False after a network failure or the browser's `offline` event, until a cycle succeeds. */
  online: boolean;
  syncing: boolean;
  /** Queued mutations the server has not answered yet. */
  pending: number;
  lastSyncedAt: string | null;
  lastError: string | null;
  /**
   * Whether this phone holds a finished first download (a stored pull cursor); null until the
   * engine has looked. Until it is true, screens must not read an empty table as "there is none".
   */
  downloaded: boolean | null;
  /** Rows received so far by the pull under way (0 between pulls), to show a first download's progress. */
  received: number;
}

/** The part of EventSource the engine uses. */
export interface EventSourceLike {
  addEventListener(type: string, listener: () => void): void;
  close(): void;
  /** 2 (CLOSED) once the browser gave up reconnecting, e.g. when the app was opened without signal. */
  readonly readyState?: number;
}

/** EventSource.CLOSED, spelled out so the engine also runs where EventSource is missing. */
const EVENTS_CLOSED = 2;

/** The part of the Web Locks API the engine uses. */
export interface LocksLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** Timers, injectable so tests can run the backoff without waiting. */
export interface TimersLike {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** Everything the engine needs; all but `db` default to the browser's own. */
export interface SyncEngineOptions {
  db: AppDb;
  fetch?: typeof fetch;
  baseUrl?: string;
  eventSource?: ((url: string) => EventSourceLike) | null;
  locks?: LocksLike | null;
  timers?: TimersLike;
  now?: () => Date;
  onStatus?: (status: SyncStatus) => void;
  /** The server ended the session; `reason` is its SessionEndReason when it gave one. */
  onSessionEnded?: (reason: string | undefined) => void;
}

/** A running sync engine. */
export interface SyncEngine {
  start(): void;
  stop(): void;
  /** Runs a cycle (or joins the queued follow-up); resolves when done, even on failure (see status). */
  syncNow(): Promise<void>;
  /** Resolves once no cycle is running or queued: the moment a status read tells the whole story. */
  whenIdle(): Promise<void>;
  getStatus(): SyncStatus;
}

/** Name of the Web Lock that lets one tab sync at a time. */
export const SYNC_LOCK = 'linlitong-sync';
/** First retry delay after a failure; it doubles up to MAX_BACKOFF_MS. */
export const MIN_BACKOFF_MS = 1_000;
/** Longest wait between retries, so a phone back in coverage syncs within a minute. */
export const MAX_BACKOFF_MS = 60_000;

/**
 * Quiet time after which the engine pulls anyway: a poke can be lost (an instance's LISTEN
 * connection down, a proxy that silently dropped the stream) and this bounds how stale a screen gets.
 */
export const SAFETY_PULL_MS = 5 * 60_000;

/** The delay before retry number `failures` (1-based). */
export function backoffDelay(failures: number): number {
  return Math.min(MAX_BACKOFF_MS, MIN_BACKOFF_MS * 2 ** Math.max(0, failures - 1));
}

function browserLocks(): LocksLike | null {
  if (typeof navigator === 'undefined' || !navigator.locks) return null;
  const locks = navigator.locks;
  return { request: <T>(name: string, callback: () => Promise<T>) => locks.request(name, () => callback()) as Promise<T> };
}

function browserEventSource(): ((url: string) => EventSourceLike) | null {
  if (typeof EventSource === 'undefined') return null;
  return (url) => new EventSource(url, { withCredentials: true });
}

/** Creates the sync engine; nothing happens until `start()`. */
export function createSyncEngine(opts: SyncEngineOptions): SyncEngine {
  const { db } = opts;
  const api = createApiClient({ fetch: opts.fetch, baseUrl: opts.baseUrl });
  const now = opts.now ?? (() => new Date());
  const locks = opts.locks === undefined ? browserLocks() : opts.locks;
  const openEvents = opts.eventSource === undefined ? browserEventSource() : opts.eventSource;
  const timers: TimersLike = opts.timers ?? { set: (cb, ms) => setTimeout(cb, ms), clear: (h) => clearTimeout(h as number) };

  let status: SyncStatus = {
    online: typeof navigator === 'undefined' ? true : navigator.onLine !== false,
    syncing: false,
    pending: 0,
    lastSyncedAt: null,
    lastError: null,
    downloaded: null,
    received: 0,
  };
  let running = false;
  let current: Promise<void> | null = null;
  let followUp: Promise<void> | null = null;
  let failures = 0;
  /** The one timer of the next sync: a retry after a failure, else the safety-net pull. */
  let nextSyncHandle: unknown = null;
  let events: EventSourceLike | null = null;
  const cleanups: (() => void)[] = [];

  function setStatus(patch: Partial<SyncStatus>): void {
    status = { ...status, ...patch };
    opts.onStatus?.(status);
  }

  async function refreshPending(): Promise<void> {
    setStatus({ pending: await countPending(db) });
  }

  function cancelScheduledSync(): void {
    if (nextSyncHandle !== null) timers.clear(nextSyncHandle);
    nextSyncHandle = null;
  }

  function scheduleSync(ms: number): void {
    cancelScheduledSync();
    if (!running) return;
    nextSyncHandle = timers.set(() => {
      nextSyncHandle = null;
      void syncNow();
    }, ms);
  }

  /** After a failure: the backoff, or longer when the server said when to come back (a 503's Retry-After). */
  function retryDelay(error: unknown): number {
    const asked = error instanceof ApiError && error.retryAfterMs !== null ? Math.min(error.retryAfterMs, MAX_BACKOFF_MS) : 0;
    return Math.max(backoffDelay(failures), asked);
  }

  async function cycle(): Promise<void> {
    setStatus({ syncing: true });
    try {
      const work = () => runSyncCycle(db, api, now, (received) => setStatus({ received }));
      await (locks ? locks.request(SYNC_LOCK, work) : work());
      failures = 0;
      scheduleSync(SAFETY_PULL_MS);
      setStatus({ online: true, lastSyncedAt: now().toISOString(), lastError: null, downloaded: true });
      reopenClosedEvents();
    } catch (error) {
      if (error instanceof ApiError && error.isUnauthenticated) {
        // The outbox stays: after logging in again as the same person it is pushed as it is.
        setStatus({ lastError: error.code });
        stop();
        opts.onSessionEnded?.(error.reason);
      } else {
        // the queue stays in the outbox (a 503 while the database restarts, a dropped signal)
        failures += 1;
        const offline = error instanceof ApiError && error.status === 0;
        setStatus({ lastError: error instanceof Error ? error.message : String(error), ...(offline ? { online: false } : {}) });
        scheduleSync(retryDelay(error));
      }
    } finally {
      await refreshPending().catch((error: unknown) => console.error('sync: counting the outbox failed', error));
      setStatus({ syncing: false, received: 0 });
    }
  }

  async function whenIdle(): Promise<void> {
    while (current || followUp) await (followUp ?? current);
  }

  function syncNow(): Promise<void> {
    if (!current) {
      current = cycle().finally(() => {
        current = null;
      });
      return current;
    }
    followUp ??= current.then(() => {
      followUp = null;
      return syncNow();
    });
    return followUp;
  }

  /** Listens for pokes; a stream the browser closed for good is replaced by reopenClosedEvents. */
  function openEventStream(catchUpOnOpen = false): void {
    if (!openEvents) return;
    const stream = openEvents(`${opts.baseUrl ?? ''}/api/sync/events`);
    events = stream;
    // pokes sent while the stream was down are lost, so catch up whenever it opens after a
    // failure, including a first connection that failed because the app was opened offline
    let missed = catchUpOnOpen;
    stream.addEventListener('error', () => {
      missed = true;
    });
    stream.addEventListener('open', () => {
      if (missed) void syncNow();
      missed = false;
    });
    stream.addEventListener(POKE_EVENT, () => void syncNow());
  }

  /**
   * On an HTTP error (a 502 from a proxy while the server restarts) the browser gives the stream
   * up for good (readyState CLOSED) and would never hear a poke again; once a sync has reached the
   * server it is back, so reopen the stream.
   */
  function reopenClosedEvents(): void {
    if (!running || events?.readyState !== EVENTS_CLOSED) return;
    events.close();
    openEventStream(true);
  }

  function start(): void {
    if (running) return;
    running = true;
    cleanups.push(
      onOutboxChanged(() => {
        void refreshPending();
        void syncNow();
      }),
    );
    if (typeof window !== 'undefined') {
      const online = () => {
        failures = 0;
        cancelScheduledSync();
        setStatus({ online: true });
        void syncNow();
      };
      const offline = () => setStatus({ online: false });
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      cleanups.push(() => window.removeEventListener('online', online));
      cleanups.push(() => window.removeEventListener('offline', offline));
    }
    openEventStream();
    // another tab may have finished the first download; a cycle that succeeds says so anyway
    getMeta(db, 'cursor')
      .then((cursor) => {
        if (status.downloaded === null) setStatus({ downloaded: cursor !== undefined });
      })
      .catch((error: unknown) => console.error('sync: reading the cursor failed', error));
    void syncNow();
  }

  function stop(): void {
    running = false;
    cancelScheduledSync();
    events?.close();
    events = null;
    for (const cleanup of cleanups.splice(0)) cleanup();
  }

  return { start, stop, syncNow, whenIdle, getStatus: () => status };
}
