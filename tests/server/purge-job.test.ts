import { describe, expect, it } from 'vitest';
import { loginPurgeJob, purgeExpiredLogins } from '../../src/server/auth/purge-job';
import { createLocalPokeHub } from '../../src/server/sync/poke-hub';
import { DIALECTS, TEST_NOW, useTestApp } from './test-database';
import { buildCommunity, loginAs } from './fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(DIALECTS)('purging logins on %s', (kind) => {
  const t = useTestApp(kind);
  const count = async (table: 'sessions' | 'login_codes' | 'login_throttles', column: 'user_id' | 'phone', values: string[]) =>
    (await t.db.selectFrom(table).select(column).where(column, 'in', values).execute()).length;

  it('removes expired sessions, spent and expired codes and finished throttles, and nothing live', async () => {
    t.clock.set(TEST_NOW);
    const fx = await buildCommunity(t.db, t.clock.now());
    await loginAs(t, fx.elder); // spends its code
    const phones = [fx.elder.phone!, fx.daughter.phone!];
    await t.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone: fx.daughter.phone } }); // live code
    t.clock.advance(20 * DAY_MS);
    await loginAs(t, fx.neighbour); // a session that outlives the first
    expect(await count('sessions', 'user_id', [fx.elder.id, fx.neighbour.id])).toBe(2);

    t.clock.advance(11 * DAY_MS); // the elder's 30-day session is over, the neighbour's is not
    const purged = await purgeExpiredLogins(t.db, t.clock.now());
    expect(purged.sessions).toBeGreaterThanOrEqual(1);
    expect(await count('sessions', 'user_id', [fx.elder.id])).toBe(0);
    expect(await count('sessions', 'user_id', [fx.neighbour.id])).toBe(1);
    expect(await count('login_codes', 'phone', [...phones, fx.neighbour.phone!])).toBe(0);
    expect(await count('login_throttles', 'phone', phones)).toBe(0);
    t.clock.set(TEST_NOW);
  });

  it('keeps a code that is still live and the throttle that limits its phone', async () => {
    t.clock.set(TEST_NOW);
    const fx = await buildCommunity(t.db, t.clock.now());
    await t.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone: fx.staff.phone } });
    t.clock.advance(60_000);
    await purgeExpiredLogins(t.db, t.clock.now());
    expect(await count('login_codes', 'phone', [fx.staff.phone!])).toBe(1);
    expect(await count('login_throttles', 'phone', [fx.staff.phone!])).toBe(1);
  });

  it('runs as a job at start on the clock it is given', async () => {
    t.clock.set(TEST_NOW);
    const fx = await buildCommunity(t.db, t.clock.now());
    await loginAs(t, fx.outsider);
    t.clock.advance(31 * DAY_MS);
    const errors: unknown[] = [];
    const stop = loginPurgeJob.start({ db: t.db, now: t.clock.now, pokeHub: createLocalPokeHub(), onError: (err) => errors.push(err) });
    try {
      await expect.poll(() => count('sessions', 'user_id', [fx.outsider.id])).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      stop();
      t.clock.set(TEST_NOW);
    }
  });
});
