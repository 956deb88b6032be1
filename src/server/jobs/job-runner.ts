/**
 * Runs a service's background job on one instance at a time. With several server instances on
 * one PostgreSQL, each would otherwise run every job on its own timer, doing the work twice and
 * fighting over the same rows. A job takes a PostgreSQL advisory lock named after it; an instance
 * that does not get it skips that round. On SQLite there is only one process, so only its own
 * overlapping rounds (a slow run still going when the timer fires again) are skipped.
 *
 * A job should do its work in one short transaction per item (writeTransaction), not one over
 * all items: a long transaction would hold the global write lock and stall every push meanwhile.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { databaseKindOf } from '../db/database';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import type { Job, JobDeps } from '../service';

/** What runExclusive did: ran the job (with its result) or skipped it, because another run holds it. */
export type ExclusiveRun<T> = { ran: true; value: T } | { ran: false };

/** A 32-bit FNV-1a hash, as a signed int4: the same name gives the same lock on every instance. */
function lockKey(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

// advisory locks are one key space per database: our jobs' keys live under this first int4
const JOB_LOCK_SPACE = lockKey('linlitong-jobs');

/** Names of jobs running in this process, per database. */
const runningHere = new WeakMap<Kysely<Database>, Set<string>>();

/**
 * Runs fn unless the job `name` is already running, in this process or (PostgreSQL) on another
 * instance. The PostgreSQL lock is a session lock on one pooled connection held for the run: if
 * that connection dies with the database, the lock goes with it, so no instance is locked out.
 */
export async function runExclusive<T>(db: Kysely<Database>, name: string, fn: () => Promise<T>): Promise<ExclusiveRun<T>> {
  const here = runningHere.get(db) ?? new Set<string>();
  runningHere.set(db, here);
  if (here.has(name)) return { ran: false };
  here.add(name);
  try {
    if (databaseKindOf(db) === 'sqlite') return { ran: true, value: await fn() };
    return await db.connection().execute(async (conn) => {
      const key = lockKey(name);
      const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(${JOB_LOCK_SPACE}::int4, ${key}::int4) as locked`.execute(conn);
      if (rows[0]?.locked !== true) return { ran: false } as const;
      try {
        return { ran: true, value: await fn() } as const;
      } finally {
        await sql`select pg_advisory_unlock(${JOB_LOCK_SPACE}::int4, ${key}::int4)`.execute(conn).catch((err: unknown) => {
          // a connection that died took its session's lock with it
          if (!isDatabaseUnavailable(err)) throw err;
        });
      }
    });
  } finally {
    here.delete(name);
  }
}

/** How a repeating job is declared: its name, how often, and one round of its work. */
export interface RepeatingJobSpec {
  /** Names the job in the log and its lock; unique across services. */
  name: string;
  everyMs: number;
  /** Also run once right at start (e.g. visits due today), not only after the first interval. */
  runAtStart?: boolean;
  run: (deps: JobDeps) => Promise<void>;
}

/**
 * A Job for a service's `jobs` list that runs `run` every `everyMs` under runExclusive, reporting
 * a failed round to `onError` (the next round tries again, e.g. after the database came back).
 */
export function repeatingJob(spec: RepeatingJobSpec): Job {
  return {
    name: spec.name,
    start: (deps) => {
      const tick = (): void => {
        runExclusive(deps.db, spec.name, () => spec.run(deps)).catch(deps.onError);
      };
      if (spec.runAtStart) tick();
      const timer = setInterval(tick, spec.everyMs);
      return () => clearInterval(timer);
    },
  };
}
