import { describe, expect, it } from 'vitest';
import { mutate } from '../../../src/client/sync/mutate';
import { community, session } from './fixtures';
import { seededServer, setup } from './harness';

// A user moved to another community (or staff made a resident) must not keep on the phone what
// they may no longer see: the server starts the pull over with `reset`, and the phone drops
// every synced row before taking the new ones, keeping its queue.
describe('a pull that starts over because the user’s scope changed', () => {
  it('drops the rows of the old community, keeps the new ones and the queued work', async () => {
    const server = seededServer();
    const other = { id: 'c2', name: '仓南街社区', streetOffice: '某街道' };
    server.put('community', other);
    const { db, engine } = await setup(server);
    await engine.syncNow();
    expect(await db.community.get(community.id)).toBeTruthy();
    expect(await db.mealSlot.count()).toBe(2);
    // queued offline, before the move reaches the phone
    await mutate(db, session, 'bookMeal', { bookingId: '6f1c1f5e-2f4e-4c1e-9a55-0d6a3c1b2a10', slotId: 's1', dinerId: 'm-me', mode: 'dineIn' });
    server.failure = 'network';
    await engine.syncNow();
    server.failure = null;

    // the office moves this person to c2
    server.session = { ...session, user: { ...session.user, communityId: 'c2' }, communityIds: ['c2'] };
    server.put('member', { ...session.user, communityId: 'c2', phone: undefined });
    await engine.syncNow();

    expect(server.pulls.at(-1)).toMatch(/^\d+\./);
    expect(await db.community.get(community.id)).toBeUndefined();
    expect(await db.community.get('c2')).toBeTruthy();
    expect(await db.mealSlot.count()).toBe(0);
    expect(await db.canteen.count()).toBe(0);
    // the queued booking was pushed (and refused by the server, which now sees no such slot for them)
    expect(server.pushes.flatMap((p) => p.mutations.map((m) => m.name))).toContain('bookMeal');
  });

  it('pulls on without starting over while the scope stays the same', async () => {
    const { db, engine, server } = await setup();
    await engine.syncNow();
    await engine.syncNow();
    expect(server.pulls).toHaveLength(2);
    expect(await db.mealSlot.count()).toBe(2);
  });
});
