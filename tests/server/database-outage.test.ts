import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../src/shared/api-error';
import type { Mutation, PushResponse } from '../../src/shared/sync/protocol';
import { isDatabaseUnavailable } from '../../src/server/db/database-unavailable';
import { bookMealMutation, buildCommunity, loginAs, seatsTaken } from './fixtures';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';
import { adminQuery, TEST_DATABASE_URL, useTestApp, type TestApp } from './test-database';

/** Pushes and returns the raw reply, whatever its status. */
async function pushRaw(t: TestApp, token: string, mutations: Mutation[]) {
  return t.app.inject({
    method: 'POST', url: '/api/sync/push', headers: { authorization: `Bearer ${token}` },
    payload: { clientId: 'outage-client', mutations },
  });
}

/** Asserts the documented answer to a request made while the database is away. */
function expectUnavailable(res: Awaited<ReturnType<typeof pushRaw>>): void {
  expect(res.statusCode, res.body).toBe(503);
  expect(res.headers['retry-after']).toBe('5');
  expect(res.json<ApiErrorBody>().error.code).toBe('DATABASE_UNAVAILABLE');
}

describe('PostgreSQL going away and coming back', () => {
  let proxy: TcpProxy | undefined;
  const applicationName = `outage-${randomBytes(4).toString('hex')}`;
  beforeAll(async () => {
    proxy = await startTcpProxy(TEST_DATABASE_URL);
  });
  afterAll(async () => proxy?.close());
  const t = useTestApp('postgres', {}, {
    postgresUrl: () => proxy!.url,
    applicationName,
  });

  it('answers 503 with Retry-After while the database is unreachable, and serves again by itself once it is back', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.elder);
    expect((await pushRaw(t, token, [bookMealMutation(fx.slot.id, fx.elder.id)])).statusCode).toBe(200);

    await proxy!.cut();
    const duringOutage = bookMealMutation(fx.slot.id, fx.daughter.id);
    expectUnavailable(await pushRaw(t, token, [duringOutage]));
    expectUnavailable(await t.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: { authorization: `Bearer ${token}` } }));
    // the process is alive and still answers what needs no database
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);

    await proxy!.restore();
    // the client resends its queue as it was: applied once, not twice
    await expect.poll(async () => (await pushRaw(t, token, [duringOutage])).statusCode).toBe(200);
    const again = (await pushRaw(t, token, [duringOutage])).json<PushResponse>();
    expect(again.results).toEqual([{ id: duringOutage.id, status: 'applied' }]);
    expect(await seatsTaken(t.db, fx.slot.id)).toBe(2);
  });

  it('outlives PostgreSQL ending its connections, idle ones and one held between two queries', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.elder);
    await t.db.connection().execute(async (conn) => {
      await sql`select 1`.execute(conn);
      // as a restart does: every backend of this app is told 'terminating connection due to
      // administrator command' (57P01), also this one, checked out and between two queries
      const ended = await adminQuery('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [applicationName]);
      expect(ended.rowCount).toBeGreaterThan(0);
      await expect.poll(() => sql`select 1`.execute(conn).then(() => 'alive', (err: unknown) => (isDatabaseUnavailable(err) ? 'gone' : String(err))))
        .toBe('gone');
    });
    // the pool drops the dead connections and opens fresh ones
    await expect.poll(async () => (await pushRaw(t, token, [bookMealMutation(fx.slot.id, fx.elder.id)])).statusCode).toBe(200);
  });
});

describe('SQLite with the write lock held too long', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'linlitong-busy-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const t = useTestApp('sqlite', {}, { sqliteDir: () => dir, sqliteBusyTimeoutMs: 50 });

  it('answers 503 SQLITE_BUSY as DATABASE_UNAVAILABLE, and applies the resent push once the lock is free', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.elder);
    // another process (a backup, a second server) holds the write lock
    const other = new SqliteDatabase(join(dir, 'linlitong.sqlite'));
    try {
      other.exec('BEGIN IMMEDIATE');
      const m = bookMealMutation(fx.slot.id, fx.elder.id);
      expectUnavailable(await pushRaw(t, token, [m]));
      other.exec('COMMIT');
      const res = await pushRaw(t, token, [m]);
      expect(res.json<PushResponse>().results).toEqual([{ id: m.id, status: 'applied' }]);
      expect(await seatsTaken(t.db, fx.slot.id)).toBe(1);
    } finally {
      other.close();
    }
  });
});
