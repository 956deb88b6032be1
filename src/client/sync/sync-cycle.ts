/**
 * One sync cycle: push the queue, pull every page (rebasing after each), then forget the
 * mutations the server has acknowledged, whose effects the pull has now brought down. Every step
 * keeps queued work when the network or the server fails, so the cycle can simply be retried.
 */
import type { AppDb, OutboxEntry } from '../data/db';
import { getMeta, setMeta } from '../data/meta';
import {
  cursorSchema,
  INITIAL_CURSOR,
  MAX_PUSH_BATCH,
  type MutationResult,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../shared/sync/protocol';
import * as v from 'valibot';
import type { ApiClient } from './api-client';
import { mutationTables } from './mutate';
import { rebase } from './rebase';
import { loadLazyMutators } from './mutators';

/** This device's id for pushes, made once and kept in meta. */
export async function clientIdOf(db: AppDb): Promise<string> {
  const existing = await getMeta(db, 'clientId');
  if (existing) return existing;
  const id = crypto.randomUUID();
  await setMeta(db, 'clientId', id);
  return id;
}

/**
 * Records the server's answers: applied ones become `acked`, refused ones move to `rejections`.
 * A refusal also takes the refused change off the screen in the same transaction (a rebase without
 * it), so the screen never shows the refusal next to the hoped-for result it refused, not even
 * for the moment until the pull arrives.
 */
async function recordResults(db: AppDb, sent: OutboxEntry[], results: MutationResult[], now: Date): Promise<void> {
  const byId = new Map(sent.map((entry) => [entry.id, entry]));
  const at = now.toISOString();
  await db.transaction('rw', [...mutationTables(db), db.rejections, db.meta], async () => {
    let refused = false;
    for (const result of results) {
      const entry = byId.get(result.id);
      if (!entry || entry.seq === undefined) continue;
      if (result.status === 'applied') {
        await db.outbox.update(entry.seq, { state: 'acked' });
      } else {
        await db.outbox.delete(entry.seq);
        const { code, fields, message, detail } = result;
        await db.rejections.put({ id: entry.id, name: entry.name, args: entry.args, code, fields, message, at, ...(detail ? { detail } : {}) });
        refused = true;
      }
    }
    if (refused) await rebase(db, [], null, now);
  });
}

/** Pushes pending mutations in order, in batches; throws (keeping the queue) when a push fails. */
export async function pushOutbox(db: AppDb, api: ApiClient, now: () => Date): Promise<void> {
  const clientId = await clientIdOf(db);
  for (;;) {
    const batch = await db.outbox
      .orderBy('seq')
      .filter((entry) => entry.state === 'pending')
      .limit(MAX_PUSH_BATCH)
      .toArray();
    if (batch.length === 0) return;
    const body: PushRequest = {
      clientId,
      mutations: batch.map(({ id, name, args, createdAt }) => ({ id, name, args, createdAt })),
    };
    const reply = await api.post<PushResponse>('/api/sync/push', body);
    const results = Array.isArray(reply?.results) ? reply.results : [];
    await recordResults(db, batch, results, now());
    // A reply that did not answer every mutation would make us resend forever; try next cycle.
    if (results.length < batch.length) throw new Error('push reply did not answer every mutation');
  }
}

function isPullResponse(reply: unknown): reply is PullResponse {
  const r = reply as Partial<PullResponse> | null;
  return (
    typeof r === 'object' && r !== null && v.is(cursorSchema, r.cursor) && typeof r.hasMore === 'boolean' && Array.isArray(r.changes)
  );
}

/**
 * Pulls every page since the stored cursor, then rebases once on all of them; a reply with
 * `reset` (the user's scope changed) replaces every synced row, in the same transaction. One rebase, not one
 * per page: a page may end between two rows one server transaction wrote (a booking and its slot's
 * seat count), and applying half of it would show a wrong count until the next page. Throws when
 * a page fails; nothing is applied then and the next cycle starts again from the stored cursor.
 */
export async function pullAll(db: AppDb, api: ApiClient, now: () => Date, onProgress?: (received: number) => void): Promise<void> {
  let cursor = (await getMeta(db, 'cursor')) ?? INITIAL_CURSOR;
  const changes: unknown[] = [];
  let reset = false;
  for (;;) {
    const reply = await api.get<unknown>(`/api/sync/pull?cursor=${encodeURIComponent(cursor)}`);
    if (!isPullResponse(reply)) throw new Error('malformed pull reply');
    // what this user may see changed: the server starts over, and what was gathered so far is moot
    if (reply.reset === true) {
      reset = true;
      changes.length = 0;
    }
    changes.push(...reply.changes);
    if (reply.hasMore) onProgress?.(changes.length);
    const done = !reply.hasMore || reply.cursor === cursor;
    cursor = reply.cursor;
    if (done) break;
  }
  // always rebase, even with no changes: a mutation the push just rejected must lose its optimistic effect
  await rebase(db, changes, cursor, now(), { reset });
}

/** Forgets acknowledged mutations (the finished pull carries their effects) and rebases without them. */
export async function dropAcknowledged(db: AppDb, now: () => Date): Promise<void> {
  await db.transaction('rw', [...mutationTables(db), db.meta], async () => {
    const dropped = await db.outbox.where('state').equals('acked').delete();
    if (dropped > 0) await rebase(db, [], null, now());
  });
}

/** Push, pull all pages, drop acknowledged: one complete sync; `onProgress` hears the rows pulled so far. */
export async function runSyncCycle(db: AppDb, api: ApiClient, now: () => Date, onProgress?: (received: number) => void): Promise<void> {
  // mutators kept out of the first screen's code must be there before a rebase replays the queue
  await loadLazyMutators();
  await pushOutbox(db, api, now);
  await pullAll(db, api, now, onProgress);
  await dropAcknowledged(db, now);
}
