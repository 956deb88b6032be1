import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPostgresPokeHub } from '../../src/server/sync/poke-hub';
import { adminQuery, DIALECTS, TEST_DATABASE_URL, useTestApp } from './test-database';
import { bookMealMutation, buildCommunity, loginAs, push } from './fixtures';

/** Resolves once `predicate` holds for the text read so far from a streaming response. */
async function readUntil(body: ReadableStream<Uint8Array>, predicate: (text: string) => boolean, ms = 5000): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = Date.now() + ms;
  try {
    while (!predicate(text)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`stream did not say it in time; got: ${JSON.stringify(text)}`);
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out; got: ${JSON.stringify(text)}`)), left)),
      ]);
      if (chunk.done) throw new Error(`stream ended; got: ${JSON.stringify(text)}`);
      text += decoder.decode(chunk.value, { stream: true });
    }
    return text;
  } finally {
    reader.releaseLock();
  }
}

describe.each(DIALECTS)('poke stream on %s', (kind) => {
  const t = useTestApp(kind);

  it('pokes a connected client of the community after a commit, and refuses a stream without a session', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.elder);
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    expect((await fetch(`${address}/api/sync/events`)).status).toBe(401);

    const controller = new AbortController();
    const res = await fetch(`${address}/api/sync/events`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const stream = res.body!;
    await readUntil(stream, (text) => text.includes('retry:'));
    expect((await push(t, token, [bookMealMutation(fx.slot.id, fx.elder.id)])).results[0]?.status).toBe('applied');
    const text = await readUntil(stream, (s) => s.includes('event: poke'));
    expect(text).toContain('event: poke');
    controller.abort();
  });
});

describe('poke between server instances on PostgreSQL', () => {
  it('delivers a poke made by one instance to the subscribers of another, for their communities only', async () => {
    const errors: unknown[] = [];
    const [a, b] = await Promise.all([
      createPostgresPokeHub(TEST_DATABASE_URL, (err) => errors.push(err)),
      createPostgresPokeHub(TEST_DATABASE_URL, (err) => errors.push(err)),
    ]);
    try {
      const mine = `c-${randomUUID()}`;
      const other = `c-${randomUUID()}`;
      const heard: string[] = [];
      b.subscribe([mine], () => heard.push('poke'));
      a.poke([other]);
      a.poke([mine]);
      // PostgreSQL delivers one session's notifications in commit order, and hub a sends both on
      // its one connection: by the time ours arrives, the other community's has been and gone
      await expect.poll(() => heard.length, { timeout: 5000 }).toBe(1);
      expect(heard).toEqual(['poke']);
      expect(errors).toEqual([]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('the LISTEN connection after PostgreSQL ended it', () => {
  /** Ends the backends of one application name, as a restart or failover does, and says how many. */
  async function endBackends(applicationName: string): Promise<number> {
    const res = await adminQuery('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [applicationName]);
    return res.rowCount ?? 0;
  }

  it('reconnects, pokes every local client to catch up, then hears other instances again', async () => {
    const errors: unknown[] = [];
    const name = `listen-${randomBytes(4).toString('hex')}`;
    let reconnections = 0;
    const [a, b] = await Promise.all([
      createPostgresPokeHub(TEST_DATABASE_URL, (err) => errors.push(err)),
      createPostgresPokeHub(TEST_DATABASE_URL, (err) => errors.push(err), {
        applicationName: name, reconnectDelayMs: () => 20, onReconnected: () => { reconnections += 1; },
      }),
    ]);
    try {
      const mine = `c-${randomUUID()}`;
      const theirs = `c-${randomUUID()}`;
      const heard: string[] = [];
      b.subscribe([mine], () => heard.push(mine));
      b.subscribe([theirs], () => heard.push(theirs));
      expect(await endBackends(name)).toBe(1);
      // pokes sent while it was down are lost: each local client is told to pull
      await expect.poll(() => [...heard].sort()).toEqual([mine, theirs].sort());
      expect(reconnections).toBe(1);
      expect(errors.length).toBeGreaterThan(0);
      a.poke([mine]);
      await expect.poll(() => heard.filter((id) => id === mine).length).toBe(2);
      expect(heard.filter((id) => id === theirs)).toHaveLength(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('sends a poke made while its connection is down once it is back', async () => {
    const name = `listen-${randomBytes(4).toString('hex')}`;
    const [a, b] = await Promise.all([
      createPostgresPokeHub(TEST_DATABASE_URL, () => {}, { applicationName: name, reconnectDelayMs: () => 200 }),
      createPostgresPokeHub(TEST_DATABASE_URL, () => {}),
    ]);
    try {
      const mine = `c-${randomUUID()}`;
      let heard = 0;
      b.subscribe([mine], () => { heard += 1; });
      expect(await endBackends(name)).toBe(1);
      a.poke([mine]);
      await expect.poll(() => heard).toBe(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
