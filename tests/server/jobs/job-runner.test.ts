import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Kysely } from 'kysely';
import { createDatabase } from '../../../src/server/db/database';
import type { Database } from '../../../src/server/db/schema';
import { repeatingJob, runExclusive } from '../../../src/server/jobs/job-runner';
import { createLocalPokeHub } from '../../../src/server/sync/poke-hub';
import { adminQuery, TEST_DATABASE_URL } from '../test-database';

/** A promise the test resolves when it chooses: a job round that is still busy until then. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => {};
  const promise = new Promise<void>((resolve) => { open = resolve; });
  return { promise, open };
}

describe('runExclusive on PostgreSQL: one instance at a time', () => {
  const opened: Kysely<Database>[] = [];
  /** A server instance's own pool, named so the test can end its connections. */
  function instance(applicationName = `job-${randomBytes(4).toString('hex')}`): Kysely<Database> {
    const db = createDatabase(TEST_DATABASE_URL, { applicationName, onConnectionError: () => {} });
    opened.push(db);
    return db;
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.destroy()));
  });

  it('skips a job another instance is running, runs other jobs, and runs it again once released', async () => {
    const [a, b] = [instance(), instance()];
    const name = `job-${randomBytes(4).toString('hex')}`;
    const [started, busy] = [gate(), gate()];
    const first = runExclusive(a, name, async () => { started.open(); await busy.promise; return 'a'; });
    await started.promise;
    expect(await runExclusive(b, name, async () => 'b')).toEqual({ ran: false });
    expect(await runExclusive(b, `${name}-other`, async () => 'other')).toEqual({ ran: true, value: 'other' });
    busy.open();
    expect(await first).toEqual({ ran: true, value: 'a' });
    expect(await runExclusive(b, name, async () => 'b')).toEqual({ ran: true, value: 'b' });
  });

  it('loses the lock with its connection, so a database restart never locks the job out', async () => {
    const appName = `job-${randomBytes(4).toString('hex')}`;
    const [a, b] = [instance(appName), instance()];
    const name = `job-${randomBytes(4).toString('hex')}`;
    const [started, busy] = [gate(), gate()];
    const first = runExclusive(a, name, async () => { started.open(); await busy.promise; return 'a'; });
    await started.promise;
    expect(await runExclusive(b, name, async () => 'b')).toEqual({ ran: false });
    await adminQuery('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [appName]);
    await expect.poll(async () => (await runExclusive(b, name, async () => 'b')).ran).toBe(true);
    // a's round ends normally: the lock it can no longer release died with its session
    busy.open();
    expect(await first).toEqual({ ran: true, value: 'a' });
  });
});

describe('repeatingJob on SQLite', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs every interval, never two rounds at once, reports a failed round and stops', async () => {
    vi.useFakeTimers();
    const db = createDatabase(undefined, { sqliteFile: ':memory:' });
    const errors: unknown[] = [];
    const busy = gate();
    let rounds = 0;
    const job = repeatingJob({
      name: 'count',
      everyMs: 1000,
      run: async () => {
        rounds += 1;
        if (rounds === 1) await busy.promise;
        if (rounds === 2) throw new Error('database away');
      },
    });
    const stop = job.start({ db, now: () => new Date(), pokeHub: createLocalPokeHub(), onError: (err) => errors.push(err) });
    expect(rounds).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(rounds).toBe(1);
    // the first round is still busy: the next ticks skip instead of starting a second one
    await vi.advanceTimersByTimeAsync(3000);
    expect(rounds).toBe(1);
    busy.open();
    await vi.advanceTimersByTimeAsync(1000);
    expect(rounds).toBe(2);
    expect(errors).toEqual([new Error('database away')]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(rounds).toBe(3);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(rounds).toBe(3);
    await db.destroy();
  });
});
