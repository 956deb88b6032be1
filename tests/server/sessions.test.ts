import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../src/shared/api-error';
import type { SessionSummary } from '../../src/shared/auth';
import { DIALECTS, useTestApp, type TestApp } from './test-database';
import { buildCommunity, phoneAddress } from './fixtures';

/** Logs a person in from a device named by its User-Agent; returns the bearer token. */
async function loginOn(t: TestApp, phone: string, device: string): Promise<string> {
  const remoteAddress = phoneAddress(phone);
  t.clock.advance(31_000); // one code per phone every 30 s
  await t.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone }, remoteAddress });
  const code = t.sentCodes.filter((c) => c.phone === phone).at(-1)?.code;
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { phone, code }, headers: { 'user-agent': device }, remoteAddress });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return res.json<{ token: string }>().token;
}

describe.each(DIALECTS)('sessions on %s', (kind) => {
  const t = useTestApp(kind);
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/me', headers: as(token) });
  const list = async (token: string) =>
    (await t.app.inject({ method: 'GET', url: '/api/sessions', headers: as(token) })).json<{ sessions: SessionSummary[] }>().sessions;
  const reasonOf = async (token: string) => {
    const res = await me(token);
    return [res.statusCode, res.statusCode === 200 ? null : res.json<ApiErrorBody>().error.reason];
  };
  const end = (token: string, body: object) => t.app.inject({ method: 'POST', url: '/api/sessions/end', headers: as(token), payload: body });

  it('lists a person’s phones and ends one of them from another; the rest stay logged in', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const phone = fx.daughter.phone!;
    const oldPhone = await loginOn(t, phone, 'Mozilla/5.0 (Linux; Android 9; Redmi 7) Chrome/120');
    const newPhone = await loginOn(t, phone, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Safari/604.1');
    const sessions = await list(newPhone);
    expect(sessions.map((s) => [s.device?.includes('iPhone'), s.current])).toEqual([[true, true], [false, false]]);
    expect(JSON.stringify(sessions)).not.toContain(oldPhone);
    const redmi = sessions.find((s) => !s.current)!;
    expect((await end(newPhone, { sessionId: redmi.id })).json()).toEqual({ ended: 1 });
    expect((await me(oldPhone)).statusCode).toBe(401);
    const pulled = await t.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: as(oldPhone) });
    expect(pulled.statusCode).toBe(401);
    expect((await me(newPhone)).statusCode).toBe(200);
    // ending it again, or a session that is not one's own, is not found
    expect((await end(newPhone, { sessionId: redmi.id })).statusCode).toBe(404);
    const elder = await loginOn(t, fx.elder.phone!, 'Android');
    const elderSession = (await list(elder))[0]!;
    const foreign = await end(newPhone, { sessionId: elderSession.id });
    expect([foreign.statusCode, foreign.json<ApiErrorBody>().error.code]).toEqual([404, 'NOT_FOUND']);
    expect((await me(elder)).statusCode).toBe(200);
  });

  it('ends all one’s other sessions at once, keeping the one asking', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const tokens = [await loginOn(t, fx.neighbour.phone!, 'a'), await loginOn(t, fx.neighbour.phone!, 'b'), await loginOn(t, fx.neighbour.phone!, 'c')];
    expect((await end(tokens[2]!, { userId: fx.neighbour.id })).json()).toEqual({ ended: 2 });
    expect(await Promise.all(tokens.map(async (tk) => (await me(tk)).statusCode))).toEqual([401, 401, 200]);
  });

  it('lets staff of the community end every session of a resident, and nobody else', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const elder = await loginOn(t, fx.elder.phone!, 'lost phone');
    const staff = await loginOn(t, fx.staff.phone!, 'office PC');
    const neighbour = await loginOn(t, fx.neighbour.phone!, 'phone');
    const outsider = await loginOn(t, fx.outsider.phone!, 'phone');
    for (const token of [neighbour, outsider]) {
      const refused = await end(token, { userId: fx.elder.id });
      expect([refused.statusCode, refused.json<ApiErrorBody>().error.code]).toEqual([403, 'FORBIDDEN']);
    }
    expect((await me(elder)).statusCode).toBe(200);
    expect((await end(staff, { userId: fx.elder.id })).json()).toEqual({ ended: 1 });
    expect((await me(elder)).statusCode).toBe(401);
    expect((await me(staff)).statusCode).toBe(200);
    const invalid = await end(staff, { sessionId: 'a\u0000b' });
    expect(invalid.statusCode).toBe(400);
  });

  it('tells an ended session’s phone why: ended from another device, by staff, or run out', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const reason = async (token: string) => {
      const res = await me(token);
      return [res.statusCode, res.json<ApiErrorBody>().error.code, res.json<ApiErrorBody>().error.reason];
    };
    const lost = await loginOn(t, fx.daughter.phone!, 'lost');
    const kept = await loginOn(t, fx.daughter.phone!, 'kept');
    const elder = await loginOn(t, fx.elder.phone!, 'elder');
    const staff = await loginOn(t, fx.staff.phone!, 'office');
    await end(kept, { userId: fx.daughter.id });
    await end(staff, { userId: fx.elder.id });
    expect(await reason(lost)).toEqual([401, 'UNAUTHENTICATED', 'endedByUser']);
    expect(await reason(elder)).toEqual([401, 'UNAUTHENTICATED', 'endedByStaff']);
    // an ended session is not listed, and cannot be ended again
    expect((await list(kept)).map((s) => s.current)).toEqual([true]);
    // a token nobody knows says nothing more than "log in"
    expect(await reason('not-a-token')).toEqual([401, 'UNAUTHENTICATED', undefined]);
    t.clock.advance(31 * 24 * 60 * 60 * 1000);
    expect(await reason(kept)).toEqual([401, 'UNAUTHENTICATED', 'expired']);
  });

  it('lasts 30 days from its last use, not from the login: a phone used every few weeks stays logged in', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const DAY = 24 * 60 * 60 * 1000;
    const used = await loginOn(t, fx.elder.phone!, 'used monthly');
    const idle = await loginOn(t, fx.daughter.phone!, 'left in a drawer');
    for (let day = 0; day < 3; day += 1) {
      t.clock.advance(20 * DAY);
      expect((await me(used)).statusCode).toBe(200);
    }
    expect(await reasonOf(idle)).toEqual([401, 'expired']);
    // the cookie is renewed with the session, so the browser does not drop it first
    t.clock.advance(2 * DAY);
    const viaCookie = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { sid: used } });
    expect(viaCookie.statusCode).toBe(200);
    expect(String(viaCookie.headers['set-cookie'])).toMatch(/sid=.*Max-Age=2592000/);
    // at most one renewal a day
    const again = await t.app.inject({ method: 'GET', url: '/api/me', cookies: { sid: used } });
    expect(again.headers['set-cookie']).toBeUndefined();
  });
});
