import { describe, expect, it } from 'vitest';
import {
  listCanteens,
  listDishesByIds,
  listDishesForCanteen,
  listMyBookings,
  listSlotsForWeek,
} from '../../../../src/client/features/canteen/canteen-queries';
import { listHouseholdMembers } from '../../../../src/client/data/member-queries';
import { mutate } from '../../../../src/client/sync/mutate';
import { NOW, session, slot } from '../../sync/fixtures';
import { seededServer, setup } from '../../sync/harness';

describe('canteen queries', () => {
  it('lists a week of slots by date, lunch before dinner', async () => {
    const server = seededServer();
    server.put('mealSlot', slot({ id: 's0', date: '2026-11-24', meal: 'dinner' }));
    server.put('mealSlot', slot({ id: 'next-week', date: '2026-11-30' }));
    server.put('mealSlot', slot({ id: 'other', canteenId: 'ct2' }));
    const { db, engine } = await setup(server);
    await engine.syncNow();
    const ids = (await listSlotsForWeek(db, 'ct1', '2026-11-23')).map((s) => s.id);
    expect(ids).toEqual(['s0', 's1', 's2']);
    expect((await listCanteens(db, ['c1'])).map((c) => c.id)).toEqual(['ct1']);
    expect(await listCanteens(db, ['elsewhere'])).toEqual([]);
    expect((await listDishesByIds(db, ['d2', 'missing', 'd1'])).map((d) => d.id)).toEqual(['d2', 'd1']);
    expect(await listDishesForCanteen(db, 'ct1')).toHaveLength(2);
  });

  it("lists my household's bookings with slot, canteen and sync state", async () => {
    const { db, engine, server } = await setup();
    await engine.syncNow();
    const synced = crypto.randomUUID();
    await mutate(db, session, 'bookMeal', { bookingId: synced, slotId: 's2', dinerId: 'm-mother', mode: 'pickup' }, NOW);
    await engine.syncNow();
    server.failure = 'network';
    const queued = crypto.randomUUID();
    await mutate(db, session, 'bookMeal', { bookingId: queued, slotId: 's1', dinerId: 'm-me', mode: 'dineIn' }, NOW);

    const mine = await listMyBookings(db, session);
    expect(mine.map((b) => [b.id, b.slot.meal, b.canteen.id, b.diner?.name, b.syncState])).toEqual([
      [queued, 'lunch', 'ct1', '王芳', 'pending'],
      [synced, 'dinner', 'ct1', '李秀英', 'confirmed'],
    ]);
  });

  it('lists me first, then my household', async () => {
    const { db, engine } = await setup();
    await engine.syncNow();
    expect((await listHouseholdMembers(db, session)).map((m) => m.id)).toEqual(['m-me', 'm-mother']);
  });
});
