import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../src/shared/api-error';
import { buildCommunity, loginAs } from './fixtures';
import { DIALECTS, useTestApp } from './test-database';

describe.each(DIALECTS)('http on %s', (kind) => {
  const t = useTestApp(kind);

  it('reports health and the database', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ ok: true, database: kind });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers malformed JSON with 400 and an oversized body with 413, then keeps serving', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.elder);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const malformed = await t.app.inject({ method: 'POST', url: '/api/sync/push', headers, payload: '{"clientId":' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<ApiErrorBody>().error.code).toBe('INVALID');
    const huge = await t.app.inject({ method: 'POST', url: '/api/sync/push', headers, payload: JSON.stringify({ pad: 'x'.repeat(200_000) }) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json<ApiErrorBody>().error.code).toBe('PAYLOAD_TOO_LARGE');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/nope', headers: { authorization: `Bearer ${token}` } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<ApiErrorBody>().error.code).toBe('NOT_FOUND');
    const still = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(still.statusCode).toBe(200);
  });

  it('answers every malformed request with the documented error body and Cache-Control: no-store', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.elder);
    const auth = { authorization: `Bearer ${token}` };
    const cases = [
      { req: { method: 'GET' as const, url: '/api/%ED%A0%80' }, status: 400, code: 'INVALID' },
      { req: { method: 'GET' as const, url: '/api/sync/pull?cursor=%ZZ', headers: auth }, status: 400, code: 'INVALID' },
      { req: { method: 'GET' as const, url: '/%E0%A4%A' }, status: 400, code: 'INVALID' },
      {
        req: { method: 'POST' as const, url: '/api/auth/code', headers: { 'content-type': 'text/plain' }, payload: '13800000001' },
        status: 415, code: 'UNSUPPORTED_MEDIA_TYPE',
      },
      {
        req: { method: 'POST' as const, url: '/api/sync/push', headers: { ...auth, 'content-type': 'application/xml' }, payload: '<push/>' },
        status: 415, code: 'UNSUPPORTED_MEDIA_TYPE',
      },
      { req: { method: 'POST' as const, url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '' }, status: 400, code: 'INVALID' },
      { req: { method: 'DELETE' as const, url: '/api/sync/push', headers: auth }, status: 404, code: 'NOT_FOUND' },
      { req: { method: 'GET' as const, url: '/api/nope' }, status: 401, code: 'UNAUTHENTICATED' },
      { req: { method: 'GET' as const, url: '/api/nope', headers: auth }, status: 404, code: 'NOT_FOUND' },
      {
        req: { method: 'POST' as const, url: '/api/auth/code', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ pad: 'x'.repeat(100_000) }) },
        status: 413, code: 'PAYLOAD_TOO_LARGE',
      },
    ];
    for (const { req, status, code } of cases) {
      const res = await t.app.inject(req);
      const what = `${req.method} ${req.url}`;
      expect(res.statusCode, what).toBe(status);
      expect(res.headers['content-type'], what).toMatch(/^application\/json/);
      if (req.url.startsWith('/api')) expect(res.headers['cache-control'], what).toBe('no-store');
      const body = res.json<ApiErrorBody>();
      expect(body, what).toEqual({ error: { code, message: expect.any(String), fields: expect.any(Array) } });
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: auth })).statusCode).toBe(200);
  });

  it('answers a request that is not HTTP at all in the documented body too', async () => {
    const address = new URL(await t.app.listen({ port: 0, host: '127.0.0.1' }));
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(address.port), address.hostname);
      let text = '';
      socket.on('data', (chunk) => { text += chunk.toString(); });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
      socket.write('HELLO WORLD\r\n\r\n');
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect(reply).toContain('Cache-Control: no-store');
    expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4))).toMatchObject({ error: { code: 'INVALID', fields: [] } });
  });
});
