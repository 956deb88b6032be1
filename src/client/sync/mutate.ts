import type { AppDb } from '../data/db';
import type { SessionInfo } from '../../shared/auth';
import { refuse } from '../../shared/rejection';
import { mutationArgsSchemas, type MutationArgs, type MutationName } from '../../shared/sync/mutations';
import { parseWith } from '../../shared/validation';
import { actorOf } from '../session/actor';
import { actorFor } from '../../shared/member';
import { serviceOf } from '../../shared/services';
import { loadLazyMutators, runMutator } from './mutators';
import { notifyOutboxChanged } from './outbox-signal';
import { RecordingStore } from './recording-store';

/** The tables a mutation transaction writes: every entity, the outbox and the shadows. */
export function mutationTables(db: AppDb) {
  return [...db.entityTables(), db.outbox, db.shadows];
}

/**
 * Does what the user asked, now: validates the arguments with the shared schema, applies the
 * change optimistically and queues it for the server, all in one transaction so the screen and the
 * queue never disagree. Works offline; the sync engine pushes the queue when it can. If the
 * shared rule already refuses locally, throws RejectionError and queues nothing.
 */
export async function mutate<N extends MutationName>(
  db: AppDb,
  session: SessionInfo,
  name: N,
  args: MutationArgs<N>,
  now = new Date(),
): Promise<void> {
  const parsed = parseWith(mutationArgsSchemas[name], args);
  if (!parsed.ok) {
    const fields = parsed.problems.map((p) => p.field);
    refuse('INVALID', fields, parsed.problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  }
  const value = parsed.value as MutationArgs<N>;
  const createdAt = now.toISOString();
  await loadLazyMutators();
  await db.transaction('rw', mutationTables(db), async () => {
    const store = new RecordingStore(db);
    // staff limited to another service are judged as residents here, as the server will judge them
    const actor = actorFor(actorOf(session), serviceOf({ mutation: name }));
    await runMutator(store, name, value, { actor, now, createdAt });
    const touched = await store.flush();
    await db.outbox.add({ id: crypto.randomUUID(), name, args: value, createdAt, state: 'pending', touched });
  });
  notifyOutboxChanged();
}
