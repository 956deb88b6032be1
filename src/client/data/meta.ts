import type { AppDb } from './db';
import type { SessionInfo } from '../../shared/auth';

/** Values kept in the local-only `meta` table, by key. */
export interface MetaValues {
  /** The last pull cursor the rows in this database reflect. */
  cursor: string;
  /** Who is logged in, so the app knows offline. */
  session: SessionInfo;
  /** Whose rows and queue this database holds; outlives an ended session so the same person keeps them. */
  ownerId: string;
  /** This device's id, sent with each push. */
  clientId: string;
  /** Why the server ended the last session (a SessionEndReason, for the login screen to say), until the next login. */
  sessionEnd: { reason: string; at: string };
}

/** Reads one meta value; undefined when never set. Works offline (local only). */
export async function getMeta<K extends keyof MetaValues>(db: AppDb, key: K): Promise<MetaValues[K] | undefined> {
  const entry = await db.meta.get(key);
  return entry?.value as MetaValues[K] | undefined;
}

/** Writes one meta value. Works offline (local only). */
export async function setMeta<K extends keyof MetaValues>(db: AppDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value });
}
