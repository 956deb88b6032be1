import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../src/shared/api-error';
import { MAX_CODE_ATTEMPTS } from '../../src/server/auth/login.service';
import { DIALECTS, useTestApp } from './test-database';
import { buildCommunity } from './fixtures';

// Logins and code requests arrive at the same moment from many connections (an attacker's, or an
// impatient elder tapping twice): the limits must hold however the database interleaves them.
describe.each(DIALECTS)('login races on %s', (kind) => {
  const t = useTestApp(kind, { rateLimits: { authPerMinute: 10_000, pushPerMinute: 10_000, eventsPerMinute: 10_000 } });
  const requestCode = (phone: string) => t.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone } });
  const login = (phone: string, code: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { phone, code } });
  const wrong = (code: string, i: number) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0');

  it('judges at most 5 of 40 wrong codes and the right one sent together, and the right one does not log in', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const phone = fx.elder.phone ?? '';
    expect((await requestCode(phone)).statusCode).toBe(200);
    const code = t.sentCodes.filter((c) => c.phone === phone).at(-1)?.code ?? '';
    const tries = [...Array.from({ length: 40 }, (_, i) => login(phone, wrong(code, i))), login(phone, code)];
    const answers = await Promise.all(tries);
    expect(answers.at(-1)?.statusCode).toBe(429);
    expect(answers.filter((a) => a.statusCode === 200)).toEqual([]);
    // four wrong tries are told so, the fifth ends the code, every later one is refused unjudged
    expect(answers.filter((a) => a.json<ApiErrorBody>().error.code === 'CODE_INVALID')).toHaveLength(MAX_CODE_ATTEMPTS - 1);
    expect(answers.filter((a) => a.json<ApiErrorBody>().error.code === 'TOO_MANY_ATTEMPTS')).toHaveLength(41 - (MAX_CODE_ATTEMPTS - 1));
    const row = await t.db.selectFrom('login_codes').select('attempts').where('phone', '=', phone).executeTakeFirstOrThrow();
    expect(row.attempts).toBe(MAX_CODE_ATTEMPTS);
  });

  it('sends exactly one code for 30 requests for one phone at the same moment', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const phone = fx.daughter.phone ?? '';
    const answers = await Promise.all(Array.from({ length: 30 }, () => requestCode(phone)));
    expect(t.sentCodes.filter((c) => c.phone === phone)).toHaveLength(1);
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(1);
    const refused = answers.filter((a) => a.statusCode !== 200);
    expect(new Set(refused.map((a) => `${a.statusCode} ${a.json<ApiErrorBody>().error.code}`))).toEqual(new Set(['429 CODE_ALREADY_SENT']));
    // the one code sent logs in
    const code = t.sentCodes.filter((c) => c.phone === phone).at(-1)?.code ?? '';
    expect((await login(phone, code)).statusCode).toBe(200);
  });
});
