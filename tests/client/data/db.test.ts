import { describe, expect, it } from 'vitest';
import { openAppDb } from '../../../src/client/data/db';
import { ENTITY_NAMES } from '../../../src/shared/sync/entities';
import { setMeta } from '../../../src/client/data/meta';
import { countPending } from '../../../src/client/data/sync-queries';
import { mutate } from '../../../src/client/sync/mutate';
import { createSyncEngine } from '../../../src/client/sync/sync-engine';
import { NOW, session } from '../sync/fixtures';
import { seededServer } from '../sync/harness';

describe('AppDb', () => {
  it('keeps the outbox across closing and reopening the database', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const server = seededServer();
    const first = openAppDb(name);
    await setMeta(first, 'session', session);
    await createSyncEngine({ db: first, fetch: server.fetch, eventSource: null, locks: null, now: () => NOW }).syncNow();
    const bookingId = crypto.randomUUID();
    await mutate(first, session, 'bookMeal', { bookingId, slotId: 's1', dinerId: 'm-me', mode: 'dineIn' }, NOW);
    first.close();

    const second = openAppDb(name);
    expect(await countPending(second)).toBe(1);
    expect(await second.booking.get(bookingId)).toBeDefined();
    expect(await second.shadows.count()).toBe(2);
    await createSyncEngine({ db: second, fetch: server.fetch, eventSource: null, locks: null, now: () => NOW }).syncNow();
    expect(server.get('booking', bookingId)).toMatchObject({ dinerId: 'm-me' });
    expect(await countPending(second)).toBe(0);
    second.close();
  });

  it('names its entity tables after the shared entities', () => {
    const db = openAppDb(`test-${crypto.randomUUID()}`);
    const names = db.tables.map((t) => t.name).sort();
    // every synced entity has its table, plus the local-only ones: the core's and the canteen's photos awaiting upload
    expect(names).toEqual([...ENTITY_NAMES, 'meta', 'outbox', 'rejections', 'shadows', 'dishPhotoUploads'].sort());
  });
});
