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
});
