import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../src/shared/api-error';
import { PokeWriter } from '../../src/server/sync/poke-stream';
import { DIALECTS, useTestApp } from './test-database';
import { bookMealMutation, buildCommunity, loginAs } from './fixtures';

const LOW = { authPerMinute: 12, pushPerMinute: 3, eventsPerMinute: 5 };

/** Asserts a reply is the documented 429 RATE_LIMITED with a Retry-After. */
function expectRateLimited(res: { statusCode: number; headers: Record<string, unknown>; json: <T>() => T }): void {
  expect(res.statusCode).toBe(429);
  expect(res.json<ApiErrorBody>()).toEqual({ error: { code: 'RATE_LIMITED', message: expect.any(String), fields: [] } });
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(res.headers['cache-control']).toBe('no-store');
}

describe.each(DIALECTS)('per-address limits on %s', (kind) => {
  const t = useTestApp(kind, { rateLimits: LOW, maxEventStreams: 3, maxEventStreamsPerUser: 2 });

  it('answers 429 RATE_LIMITED once an address has asked for codes too often, whatever the phone', async () => {
    const answers = [];
    for (let i = 0; i < LOW.authPerMinute + 1; i++) {
      answers.push(await t.app.inject({
        method: 'POST', url: '/api/auth/code', remoteAddress: '10.0.0.1', payload: { phone: `1370000${String(i).padStart(4, '0')}` },
      }));
    }
    expect(answers.slice(0, LOW.authPerMinute).map((a) => a.statusCode)).toEqual(Array(LOW.authPerMinute).fill(200));
    expectRateLimited(answers.at(-1)!);
    // another address is not held back by this one
    const other = await t.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone: '13700009999' }, remoteAddress: '10.0.0.2' });
    expect(other.statusCode).toBe(200);
  });

  it('limits pushes per address, before looking at the session', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.elder);
    const pushFrom = (remoteAddress: string, auth = `Bearer ${token}`) => t.app.inject({
      method: 'POST', url: '/api/sync/push', remoteAddress, headers: { authorization: auth },
      payload: { clientId: 'c', mutations: [bookMealMutation(fx.slot.id, fx.elder.id)] },
    });
    for (let i = 0; i < LOW.pushPerMinute; i++) expect((await pushFrom('10.0.1.1')).statusCode).toBe(200);
    expectRateLimited(await pushFrom('10.0.1.1'));
    expectRateLimited(await pushFrom('10.0.1.1', 'Bearer stolen-or-nonsense'));
  });

  it('limits opening event streams, caps a user’s streams (the oldest goes) and the total (503 SERVER_BUSY)', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const elder = await loginAs(t, fx.elder);
    const staff = await loginAs(t, fx.staff);
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const controllers: AbortController[] = [];
    const open = async (token: string) => {
      const controller = new AbortController();
      controllers.push(controller);
      return fetch(`${address}/api/sync/events`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
    };
    try {
      const first = await open(elder);
      const second = await open(elder);
      expect([first.status, second.status]).toEqual([200, 200]);
      // a third stream of the same user ends the first
      const third = await open(elder);
      expect(third.status).toBe(200);
      const reader = first.body!.getReader();
      await expect.poll(async () => {
        const chunk = await reader.read();
        return chunk.done;
      }).toBe(true);
      // elder holds 2, staff takes the third place; nobody gets a fourth
      expect((await open(staff)).status).toBe(200);
      const busy = await open(staff);
      expect(busy.status).toBe(503);
      expect(((await busy.json()) as ApiErrorBody).error.code).toBe('SERVER_BUSY');
      // and one address may open only so many per minute, whoever asks
      const limited = await open(staff);
      expect(limited.status).toBe(429);
      expect(((await limited.json()) as ApiErrorBody).error.code).toBe('RATE_LIMITED');
    } finally {
      for (const c of controllers) c.abort();
    }
  });
});

describe('an event stream whose reader does not keep up', () => {
  /** A socket stand-in that takes one chunk and then holds every later write until released. */
  function slowSocket() {
    const written: string[] = [];
    let release: (() => void) | null = null;
    const out = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _encoding, callback) {
        written.push(chunk.toString());
        release = () => callback();
      },
    });
    return { out, written, release: () => release?.() };
  }

  it('collapses the pokes that arrive meanwhile into one, sent when the socket drains', async () => {
    const socket = slowSocket();
    const writer = new PokeWriter(socket.out, () => { throw new Error('not stuck yet'); });
    for (let i = 0; i < 1000; i++) writer.poke();
    expect(socket.written).toHaveLength(1);
    // nothing piles up in memory behind the slow reader
    expect(socket.out.writableLength).toBeLessThan(64);
    socket.release();
    await expect.poll(() => socket.written.length).toBe(2);
    expect(socket.written.every((w) => w.startsWith('event: poke'))).toBe(true);
  });

  it('gives a stream up when it is still congested at the next heartbeat', () => {
    const socket = slowSocket();
    let stuck = 0;
    const writer = new PokeWriter(socket.out, () => { stuck += 1; });
    writer.poke();
    writer.heartbeat();
    expect(stuck).toBe(1);
  });
});
