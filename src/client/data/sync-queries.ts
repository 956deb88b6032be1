import type { AppDb, RejectionEntry } from './db';

/** Refused mutations the user has not dismissed, newest first. Local only; works offline. */
export async function listRejections(db: AppDb): Promise<RejectionEntry[]> {
  return (await db.rejections.orderBy('at').toArray()).reverse();
}

/** Forgets a refusal once the user has read it. Local only; works offline. */
export async function dismissRejection(db: AppDb, id: string): Promise<void> {
  await db.rejections.delete(id);
}

/** Queued mutations the server has not answered yet. Local only; works offline. */
export async function countPending(db: AppDb): Promise<number> {
  return db.outbox.where('state').equals('pending').count();
}

/** `entity:id` keys of rows an unanswered queued mutation touched, to mark them "not yet synced". */
export async function pendingRowKeys(db: AppDb): Promise<Set<string>> {
  const entries = await db.outbox.where('state').equals('pending').toArray();
  return new Set(entries.flatMap((entry) => entry.touched));
}
