import { describe, expect, it } from 'vitest';
import { actorOf, loadSession, login, logout, refreshSession, requestCode } from '../../../src/client/session/session';
import { createApiClient, ApiError } from '../../../src/client/sync/api-client';
import { mutate } from '../../../src/client/sync/mutate';
import type { SessionInfo } from '../../../src/shared/auth';
import { NOW, neighbourSession, session } from '../sync/fixtures';
import { setup } from '../sync/harness';

/** A fake auth API answering with the given session, recording what it was asked. */
function authApi(who: SessionInfo, status = 200) {
  const calls: { path: string; body: unknown; credentials: RequestCredentials | undefined }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const path = String(input);
    calls.push({ path, body: init?.body ? JSON.parse(String(init.body)) : null, credentials: init?.credentials });
    if (status !== 200) return new Response(JSON.stringify({ error: { code: 'UNAUTHENTICATED', message: 'no', fields: [] } }), { status });
    if (path === '/api/auth/code') return Response.json({ sent: true, expiresInSeconds: 300, demoCode: '123456' });
    if (path === '/api/auth/logout') return Response.json({ ok: true });
    return Response.json({ ...who, token: 't' });
  };
  return { api: createApiClient({ fetch }), calls };
}

describe('session', () => {
  it('requests a code and logs in, remembering the session for offline starts', async () => {
    const { db } = await setup();
    await db.meta.delete('session');
    const { api, calls } = authApi(session);
    expect(await requestCode('13800000000', api)).toMatchObject({ sent: true });
    const who = await login(db, '13800000000', '123456', api);
    expect(who).toEqual(session);
    expect(await loadSession(db)).toEqual(session);
    expect(calls[1]).toEqual({ path: '/api/auth/login', body: { phone: '13800000000', code: '123456' }, credentials: 'same-origin' });
  });

  it('clears everything on logout', async () => {
    const { db, engine } = await setup();
    await engine.syncNow();
    await mutate(db, session, 'bookMeal', { bookingId: crypto.randomUUID(), slotId: 's1', dinerId: 'm-me', mode: 'dineIn' }, NOW);
    await logout(db, authApi(session).api);
    for (const table of db.tables) expect(await table.count()).toBe(0);
    expect(await loadSession(db)).toBeNull();
  });

  it('logs out locally even when the server cannot be reached', async () => {
    const { db } = await setup();
    const api = createApiClient({ fetch: async () => Promise.reject(new TypeError('offline')) });
    await logout(db, api);
    expect(await loadSession(db)).toBeNull();
  });

  it("clears the previous person's data when someone else logs in, keeps it for the same person", async () => {
    const { db, engine } = await setup();
    await engine.syncNow();
    await mutate(db, session, 'bookMeal', { bookingId: crypto.randomUUID(), slotId: 's1', dinerId: 'm-me', mode: 'dineIn' }, NOW);
    await login(db, '13800000000', '123456', authApi(session).api);
    expect(await db.outbox.count()).toBe(1);
    await login(db, '13900000000', '123456', authApi(neighbourSession).api);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.mealSlot.count()).toBe(0);
    expect(await loadSession(db)).toEqual(neighbourSession);
  });

  it('forgets the stored session when /api/me says 401, but still guards its data from another person', async () => {
    const { db, engine } = await setup();
    await login(db, '13800000000', '123456', authApi(session).api);
    await engine.syncNow();
    expect(await refreshSession(db, authApi(session, 401).api)).toBeNull();
    expect(await loadSession(db)).toBeNull();
    expect(await db.mealSlot.count()).toBe(2);
    await login(db, '13900000000', '123456', authApi(neighbourSession).api);
    expect(await db.mealSlot.count()).toBe(0);
  });

  it('refreshes the stored session from /api/me', async () => {
    const { db } = await setup();
    const moved = { ...session, communityIds: ['c1', 'c2'] };
    expect(await refreshSession(db, authApi(moved).api)).toEqual(moved);
    expect(await loadSession(db)).toEqual(moved);
  });

  it('builds the actor the shared rules judge', () => {
    expect(actorOf(session)).toEqual({ id: 'm-me', role: 'resident', communityId: 'c1', householdId: 'h1', communityIds: ['c1'] });
  });

  it('turns error bodies into ApiError', async () => {
    const { api } = authApi(session, 401);
    const error = await requestCode('13800000000', api).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', isUnauthenticated: true, isRetryable: false });
  });
});
