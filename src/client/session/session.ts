/**
 * Logging in and out, which need the network; the shell loads this after the first paint. The
 * session is also kept in the local `meta` table (stored-session.ts), so the app knows who is
 * logged in when it starts offline; the server's cookie is what actually authenticates.
 */
import type { AppDb } from '../data/db';
import { getMeta, setMeta } from '../data/meta';
import type { CodeSentResponse, LoginResponse, SessionInfo } from '../../shared/auth';
import { ApiError, createApiClient, type ApiClient } from '../sync/api-client';
import { forgetSession, loadSession } from './stored-session';

export { actorOf } from './actor';
export { forgetSession, loadSession } from './stored-session';

const defaultApi = createApiClient();

/** Asks the server to text a login code. Needs the network; throws ApiError otherwise. */
export function requestCode(phone: string, api: ApiClient = defaultApi): Promise<CodeSentResponse> {
  return api.post<CodeSentResponse>('/api/auth/code', { phone });
}

/** Empties every table, entities and local-only ones alike. */
async function clearAll(db: AppDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

/**
 * Logs in with a texted code and remembers the session locally. Needs the network. If another
 * person used this device before, their rows and queue are cleared first so nothing leaks or is
 * pushed under the wrong account; the same person keeps their queue from before a session ended.
 */
export async function login(db: AppDb, phone: string, code: string, api: ApiClient = defaultApi): Promise<SessionInfo> {
  return adoptSession(db, await api.post<LoginResponse>('/api/auth/login', { phone, code }));
}

/**
 * Remembers a session the server just opened, by whatever login method: clears another person's
 * rows and queue first, keeps the same person's, and forgets why an earlier session ended.
 */
export async function adoptSession(db: AppDb, reply: LoginResponse): Promise<SessionInfo> {
  const session: SessionInfo = { user: reply.user, communityIds: reply.communityIds };
  const owner = (await getMeta(db, 'ownerId')) ?? (await getMeta(db, 'session'))?.user.id;
  if (owner !== undefined && owner !== session.user.id) await clearAll(db);
  await setMeta(db, 'ownerId', session.user.id);
  await setMeta(db, 'session', session);
  await db.meta.delete('sessionEnd');
  return session;
}

/**
 * Logs out and clears every local table, queued mutations included (the user chose to leave).
 * Offline the server cookie cannot be revoked now; the local data is cleared anyway.
 */
export async function logout(db: AppDb, api: ApiClient = defaultApi): Promise<void> {
  try {
    await api.post('/api/auth/logout');
  } catch (error) {
    // Unreachable server or an already ended session: the local logout below still has to happen.
    if (!(error instanceof ApiError)) throw error;
    console.warn('logout: server not told', error.code);
  }
  await clearAll(db);
}

/**
 * Asks the server who is logged in and refreshes the stored session (roles or households may
 * have changed). Returns null and forgets the stored session on 401 (rows and queue stay for
 * when the same person logs in again); offline or on a server error it returns the stored one.
 */
export async function refreshSession(db: AppDb, api: ApiClient = defaultApi): Promise<SessionInfo | null> {
  try {
    const reply = await api.get<SessionInfo>('/api/me');
    const session: SessionInfo = { user: reply.user, communityIds: reply.communityIds };
    await setMeta(db, 'session', session);
    return session;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.isUnauthenticated) {
      await forgetSession(db, error.reason);
      return null;
    }
    return loadSession(db);
  }
}
