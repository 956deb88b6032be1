/**
 * The session as this phone remembers it, read and forgotten without the network, so the app
 * opens for the same person offline. Logging in and out is in session.ts.
 */
import type { AppDb } from '../data/db';
import { getMeta, setMeta } from '../data/meta';
import type { SessionInfo } from '../../shared/auth';

/** The session stored at the last login, or null; works offline. */
export async function loadSession(db: AppDb): Promise<SessionInfo | null> {
  return (await getMeta(db, 'session')) ?? null;
}

/**
 * Forgets who is logged in after the server ended the session, keeping rows and queue: the same
 * person logging in again pushes what they did meanwhile. The server's reason, if it gave one,
 * stays for the login screen to say why (it words only the reasons it knows); a person who
 * deleted their data leaves nothing behind.
 */
export async function forgetSession(db: AppDb, reason?: string): Promise<void> {
  // the person deleted their data (from this phone or another): nothing of it stays here either
  if (reason === 'dataDeleted') await Promise.all(db.tables.map((table) => table.clear()));
  else await db.meta.delete('session');
  if (reason !== undefined) await setMeta(db, 'sessionEnd', { reason, at: new Date().toISOString() });
}
