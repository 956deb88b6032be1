import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../src/shared/api-error';
import type { CodeSentResponse, LoginResponse, SessionInfo } from '../../src/shared/auth';
import { DIALECTS, useTestApp } from './test-database';
import { buildCommunity } from './fixtures';

describe.each(DIALECTS)('auth on %s', (kind) => {
  const t = useTestApp(kind);
  const requestCode = (phone: string) => t.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone } });
  const login = (phone: string, code: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { phone, code } });
  const lastCode = (phone: string) => t.sentCodes.filter((c) => c.phone === phone).at(-1)?.code ?? '';
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  it('sends a code without showing it outside demo mode, and logs in with cookie and bearer', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const phone = fx.daughter.phone ?? '';
    const sent = await requestCode(phone);
    expect(sent.statusCode).toBe(200);
    expect(sent.json<CodeSentResponse>()).toEqual({ sent: true, expiresInSeconds: 300 });
    const res = await login(phone, lastCode(phone));
    expect(res.statusCode).toBe(200);
    const body = res.json<LoginResponse>();
    expect(body.user).toMatchObject({ id: fx.daughter.id, phone, hasLogin: true });
    expect(body.communityIds).toEqual([fx.communityId]);
    const cookie = res.cookies.find((c) => c.name === 'sid');
    expect(cookie).toMatchObject({ value: body.token, httpOnly: true, sameSite: 'Strict', path: '/' });

    const byCookie = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { sid: body.token } });
    expect(byCookie.json<SessionInfo>().user.id).toBe(fx.daughter.id);
    const byBearer = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${body.token}` } });
    expect(byBearer.statusCode).toBe(200);
    expect(byBearer.headers['cache-control']).toBe('no-store');

    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${body.token}` } });
    const after = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { sid: body.token } });
    expect(after.statusCode).toBe(401);
  });

  it('answers 401 UNAUTHENTICATED without a session, and 400 naming the field for a malformed phone', async () => {
    for (const url of ['/api/me', '/api/sync/pull?cursor=0']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(401);
      expect(res.json<ApiErrorBody>().error.code).toBe('UNAUTHENTICATED');
    }
    const bad = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: 'Bearer nonsense' } });
    expect(bad.statusCode).toBe(401);
    const invalid = await requestCode('12');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json<ApiErrorBody>().error.fields[0]?.field).toBe('phone');
  });

  it('answers an unregistered number exactly as a registered one, sends it nothing, and logs nobody in', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const registered = fx.neighbour.phone ?? '';
    const unknown = `137${registered.slice(3)}`;
    const answers = [await requestCode(registered), await requestCode(unknown)];
    expect(answers.map((a) => [a.statusCode, a.json()])).toEqual([
      [200, { sent: true, expiresInSeconds: 300 }], [200, { sent: true, expiresInSeconds: 300 }],
    ]);
    expect(t.sentCodes.filter((c) => c.phone === unknown)).toEqual([]);
    // a second request within 30 s is refused alike
    const again = [await requestCode(registered), await requestCode(unknown)];
    expect(again.map((a) => [a.statusCode, a.json<ApiErrorBody>().error.code])).toEqual([
      [429, 'CODE_ALREADY_SENT'], [429, 'CODE_ALREADY_SENT'],
    ]);
    const guess = await login(unknown, '123456');
    expect([guess.statusCode, guess.json<ApiErrorBody>().error.code]).toEqual([400, 'CODE_INVALID']);
    const body = JSON.stringify([...answers, ...again, guess].map((a) => a.json()));
    expect(body).not.toContain('REGISTERED');
  });

  it('kills a code after 5 wrong attempts', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const phone = fx.elder.phone ?? '';
    await requestCode(phone);
    const code = lastCode(phone);
    for (let i = 1; i <= 4; i++) {
      const res = await login(phone, wrong(code));
      expect(res.statusCode).toBe(400);
      expect(res.json<ApiErrorBody>().error.code).toBe('CODE_INVALID');
    }
    expect((await login(phone, wrong(code))).json<ApiErrorBody>().error.code).toBe('TOO_MANY_ATTEMPTS');
    const right = await login(phone, code);
    expect(right.statusCode).toBe(429);
    expect(right.json<ApiErrorBody>().error.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('expires a code after 5 minutes and rate-limits new codes', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const phone = fx.neighbour.phone ?? '';
    await requestCode(phone);
    const again = await requestCode(phone);
    expect(again.statusCode).toBe(429);
    // the first code is still good, and the answer says so
    expect(again.json<ApiErrorBody>().error.code).toBe('CODE_ALREADY_SENT');
    t.clock.advance(5 * 60 * 1000 + 1);
    const late = await login(phone, lastCode(phone));
    expect(late.json<ApiErrorBody>().error.code).toBe('CODE_EXPIRED');
    expect((await requestCode(phone)).statusCode).toBe(200);
    const ok = await login(phone, lastCode(phone));
    expect(ok.statusCode).toBe(200);
    // a spent code does not log in twice
    expect((await login(phone, lastCode(phone))).statusCode).toBe(400);
    t.clock.set('2026-11-23T02:00:00.000Z');
  });
});

describe.each(DIALECTS)('demo mode on %s', (kind) => {
  const t = useTestApp(kind, { demo: true });
  it('returns the code in the reply', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone: fx.elder.phone } });
    const body = res.json<CodeSentResponse>();
    expect(body.demoCode).toMatch(/^\d{6}$/);
    expect(body.demoCode).toBe(t.sentCodes.at(-1)?.code);
    // demo data is public, but a code for a number nobody has would only mislead
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone: '13700000000' } });
    expect(unknown.json()).toEqual({ sent: true, expiresInSeconds: 300 });
  });
});
