/**
 * Rebase: put the server's truth under the queued mutations. In one transaction it undoes every
 * optimistic write (restoring shadows), applies the server's changes, and replays the queue in
 * order with fresh shadows. Acknowledged mutations are replayed too until the pull that follows
 * their push has finished, so the screen never flickers back to the old state in between.
 */
import type { AppDb } from '../data/db';
import { getMeta } from '../data/meta';
import { RejectionError } from '../../shared/rejection';
import { isEntityName } from '../../shared/sync/entities';
import { mutationArgsSchemas, isMutationName, type MutationName } from '../../shared/sync/mutations';
import type { Change } from '../../shared/sync/protocol';
import { parseWith } from '../../shared/validation';
import { actorOf } from '../session/actor';
import { mutationTables } from './mutate';
import { runMutator } from './mutators';
import { RecordingStore } from './recording-store';

/**
 * Keeps only changes this client understands. Loose on purpose: a newer server may send entities
 * or fields this build does not know, and that must not stop the sync.
 */
function usableChange(change: unknown): Change | null {
  if (typeof change !== 'object' || change === null) return null;
  const c = change as Record<string, unknown>;
  if (!isEntityName(c.entity) || typeof c.id !== 'string') return null;
  if (c.op === 'del') return { entity: c.entity, id: c.id, op: 'del' };
  const row = c.row;
  if (c.op !== 'put' || typeof row !== 'object' || row === null) return null;
  if ((row as Record<string, unknown>).id !== c.id) return null;
  return { entity: c.entity, id: c.id, op: 'put', row: row as Record<string, unknown> };
}

async function restoreShadows(db: AppDb): Promise<void> {
  for (const { entity, id, row } of await db.shadows.toArray()) {
    if (row === null) await db.entityTable(entity).delete(id);
    else await db.entityTable(entity).put(row);
  }
  await db.shadows.clear();
}

async function applyChanges(db: AppDb, changes: readonly unknown[]): Promise<void> {
  for (const raw of changes) {
    const change = usableChange(raw);
    if (!change) {
      console.warn('sync: skipped a change this client does not understand', raw);
      continue;
    }
    if (change.op === 'del') await db.entityTable(change.entity).delete(change.id);
    else await db.entityTable(change.entity).put(change.row);
  }
}

/**
 * Replays the queue on top of the server rows. A mutation whose rule now refuses (or whose
 * mutator throws) stays queued without optimistic effect: the server has the last word.
 */
async function replayOutbox(db: AppDb, now: Date): Promise<void> {
  const session = await getMeta(db, 'session');
  if (!session) return;
  const actor = actorOf(session);
  for (const entry of await db.outbox.orderBy('seq').toArray()) {
    if (!isMutationName(entry.name)) continue;
    const name: MutationName = entry.name;
    const parsed = parseWith(mutationArgsSchemas[name], entry.args);
    if (!parsed.ok) continue;
    // An acknowledged mutation was judged by the server when pushed; judge it as of its making so a
    // cut-off passing before the pull completes does not make it flicker.
    const at = entry.state === 'acked' ? new Date(entry.createdAt) : now;
    const store = new RecordingStore(db);
    try {
      await runMutator(store, name, parsed.value, { actor, now: at, createdAt: entry.createdAt });
    } catch (error) {
      if (!(error instanceof RejectionError)) console.error(`sync: replaying ${name} failed`, error);
      continue;
    }
    await store.flush();
  }
}

/**
 * Applies one pull page (or, with no changes and no cursor, just re-derives the optimistic state
 * after the queue changed). `cursor`, when given, is stored in the same transaction so rows and
 * cursor never disagree. With `reset` the changes are everything the user may now see: every
 * synced row is dropped first (the queue and the refusals stay, and the queue is replayed).
 */
export async function rebase(
  db: AppDb, changes: readonly unknown[], cursor: string | null, now: Date, opts: { reset?: boolean } = {},
): Promise<void> {
  await db.transaction('rw', [...mutationTables(db), db.meta], async () => {
    await restoreShadows(db);
    if (opts.reset) await Promise.all(db.entityTables().map((table) => table.clear()));
    await applyChanges(db, changes);
    if (cursor !== null) await db.meta.put({ key: 'cursor', value: cursor });
    await replayOutbox(db, now);
  });
}
