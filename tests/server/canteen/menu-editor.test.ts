import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/shared/sync/protocol';
import type { MealSlot } from '../../../src/shared/canteen/meal-slot';
import { mealSlotId } from '../../../src/shared/canteen/meal-slot';
import { writeTransaction } from '../../../src/server/db/write-transaction';
import { DIALECTS, useTestApp } from '../test-database';
import { bookMealMutation, loginAs, pullAll, push } from '../fixtures';
import { buildMenuCommunity, mealDraft, mutation, newDish, NEXT_MONDAY, THIS_MONDAY, wednesdayOf } from './menu-fixtures';

/** The put of an entity's row in a pull, if any. */
function putOf(changes: Change[], entity: Change['entity'], id: string): Record<string, unknown> | undefined {
  const change = changes.filter((c) => c.entity === entity && c.id === id).at(-1);
  return change?.op === 'put' ? change.row : undefined;
}

describe.each(DIALECTS)('menu editor on %s', (kind) => {
  const t = useTestApp(kind);

  it('keeps a draft meal and its new dish from residents until staff publish the week, then sends both', async () => {
    const fx = await buildMenuCommunity(t.db, t.clock.now());
    const [staff, resident] = [await loginAs(t, fx.staff), await loginAs(t, fx.elder)];
    const before = await pullAll(t, resident);
    const dish = newDish(fx.canteen.id, '清蒸鲈鱼');
    const date = wednesdayOf(NEXT_MONDAY);
    const slotId = mealSlotId(fx.canteen.id, date, 'lunch');
    const drafted = await push(t, staff, [dish, mealDraft(fx.canteen.id, date, 'lunch', [dish.dishId, `dish-${fx.canteen.id.slice(4)}`])]);
    expect(drafted.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    // staff see the draft (as a draft), seats as the canteen has them
    const staffView = await pullAll(t, staff);
    expect(putOf(staffView.changes, 'mealSlot', slotId)).toMatchObject({ published: false, seats: 60, seatsTaken: 0 });
    expect(putOf(staffView.changes, 'dish', dish.dishId)).toMatchObject({ name: '清蒸鲈鱼', allergens: ['egg'] });
    // staff change its seats while it is a draft: still nothing for residents, from any cursor
    expect((await push(t, staff, [mutation('setSlotSeats', { slotId, seats: 30 })])).results[0]?.status).toBe('applied');
    for (const view of [await pullAll(t, resident), await pullAll(t, resident, before.cursor)]) {
      expect(view.changes.filter((c) => c.id === slotId || c.id === dish.dishId)).toEqual([]);
    }
    // nor can a resident book it by guessing its id
    expect((await push(t, resident, [bookMealMutation(slotId, fx.elder.id)])).results[0]).toMatchObject({ code: 'NOT_FOUND', fields: ['slotId'] });

    const published = await push(t, staff, [mutation('publishWeekMenu', { canteenId: fx.canteen.id, monday: NEXT_MONDAY })]);
    expect(published.results[0]?.status).toBe('applied');
    const after = await pullAll(t, resident, before.cursor);
    expect(putOf(after.changes, 'mealSlot', slotId)).toMatchObject({ published: true, seats: 30, dishIds: [dish.dishId, expect.any(String)] });
    expect(putOf(after.changes, 'dish', dish.dishId)).toMatchObject({ name: '清蒸鲈鱼', tags: ['soft', 'lowSalt'] });
    expect((await push(t, resident, [bookMealMutation(slotId, fx.elder.id)])).results[0]?.status).toBe('applied');
    // nothing left to publish
    const again = await push(t, staff, [mutation('publishWeekMenu', { canteenId: fx.canteen.id, monday: NEXT_MONDAY })]);
    expect(again.results[0]).toMatchObject({ code: 'NOTHING_TO_PUBLISH', fields: ['monday'] });
  });

  it('sends a resident a tombstone, never the row, even for a draft some write recorded without the staff-only audience', async () => {
    const fx = await buildMenuCommunity(t.db, t.clock.now());
    const [staff, resident] = [await loginAs(t, fx.staff), await loginAs(t, fx.elder)];
    const date = wednesdayOf(NEXT_MONDAY);
    await push(t, staff, [mealDraft(fx.canteen.id, date, 'lunch', fx.slot.dishIds)]);
    const slotId = mealSlotId(fx.canteen.id, date, 'lunch');
    const cursor = (await pullAll(t, resident)).cursor;
    // a careless future write: the change recorded as if community-wide
    await writeTransaction(t.db, (trx, record) => record(trx, { entity: 'mealSlot', id: slotId, communityId: fx.communityId, householdId: null, ownerId: null }));
    const seen = await pullAll(t, resident, cursor);
    expect(seen.changes.filter((c) => c.id === slotId)).toEqual([{ entity: 'mealSlot', id: slotId, op: 'del' }]);
  });

  it('copies last week into drafts in one action, keeps meals the week already has, and refuses a copy that adds nothing', async () => {
    const fx = await buildMenuCommunity(t.db, t.clock.now());
    const staff = await loginAs(t, fx.staff);
    const dish = newDish(fx.canteen.id, '山药炖鸡');
    const thursday = '2026-12-03';
    // staff already drafted next Thursday's lunch by hand
    await push(t, staff, [dish, mealDraft(fx.canteen.id, thursday, 'lunch', [dish.dishId])]);
    await push(t, staff, [mealDraft(fx.canteen.id, '2026-11-26', 'lunch', [fx.slot.dishIds[0] ?? ''])]);
    const copied = await push(t, staff, [mutation('copyLastWeekMenu', { canteenId: fx.canteen.id, monday: NEXT_MONDAY })]);
    expect(copied.results[0]?.status).toBe('applied');
    const rows = await t.db.selectFrom('meal_slots').select(['id', 'date', 'published', 'dish_ids', 'cutoff_at', 'seats'])
      .where('canteen_id', '=', fx.canteen.id).where('date', '>=', NEXT_MONDAY).orderBy('date').execute();
    // Tuesday copied from Tuesday (its cut-off a week later), Thursday kept as staff drafted it
    expect(rows.map((r) => [r.date, r.published])).toEqual([['2026-12-01', 0], ['2026-12-03', 0]]);
    expect(rows[0]).toMatchObject({ dish_ids: JSON.stringify(fx.slot.dishIds), cutoff_at: '2026-12-01T01:00:00.000Z', seats: fx.slot.seats });
    expect(JSON.parse(rows[1]?.dish_ids ?? '[]')).toEqual([dish.dishId]);
    const twice = await push(t, staff, [mutation('copyLastWeekMenu', { canteenId: fx.canteen.id, monday: NEXT_MONDAY })]);
    expect(twice.results[0]).toMatchObject({ code: 'NOTHING_TO_COPY', fields: ['monday'] });
    const notMonday = await push(t, staff, [mutation('copyLastWeekMenu', { canteenId: fx.canteen.id, monday: '2026-12-01' })]);
    expect(notMonday.results[0]).toMatchObject({ code: 'INVALID', fields: ['monday'] });
  });

  it('lets staff of another community and residents change nothing of this canteen', async () => {
    const fx = await buildMenuCommunity(t.db, t.clock.now());
    const dish = newDish(fx.canteen.id, '番茄牛腩');
    const date = wednesdayOf(NEXT_MONDAY);
    const edits = () => [
      newDish(fx.canteen.id, '红烧肉'),
      mutation('saveDish', { dishId: fx.slot.dishIds[0], canteenId: fx.canteen.id, name: '改名', tags: [], allergens: [], photoId: null }),
      mealDraft(fx.canteen.id, date, 'lunch', fx.slot.dishIds),
      mutation('copyLastWeekMenu', { canteenId: fx.canteen.id, monday: NEXT_MONDAY }),
      mutation('publishWeekMenu', { canteenId: fx.canteen.id, monday: THIS_MONDAY }),
      mutation('setSlotSeats', { slotId: fx.slot.id, seats: 50 }),
      mutation('setPriceTiers', { canteenId: fx.canteen.id, tiers: fx.canteen.priceTiers }),
    ];
    const outsiderStaff = await loginAs(t, fx.outsiderStaff);
    for (const token of [outsiderStaff, await loginAs(t, fx.elder), await loginAs(t, fx.neighbour)]) {
      const { results } = await push(t, token, edits());
      expect(results.map((r) => r.status === 'rejected' && r.code)).toEqual(Array(7).fill('FORBIDDEN'));
    }
    // their own canteen is theirs: 周丽 may not put this canteen's dish on hers either
    const other = `can2-${fx.canteen.id.slice(4)}`;
    const mixed = await push(t, outsiderStaff, [mealDraft(other, date, 'lunch', fx.slot.dishIds)]);
    expect(mixed.results[0]).toMatchObject({ code: 'NOT_FOUND', fields: ['dishIds'] });
    // and this canteen's staff may
    const own = await push(t, await loginAs(t, fx.staff), [dish, mealDraft(fx.canteen.id, date, 'lunch', [dish.dishId])]);
    expect(own.results.map((r) => r.status)).toEqual(['applied', 'applied']);
  });

  it('checks a meal on the server: cut-off on or before its day, dishes listed once, a draft removable and a published meal not', async () => {
    const fx = await buildMenuCommunity(t.db, t.clock.now());
    const staff = await loginAs(t, fx.staff);
    const date = wednesdayOf(NEXT_MONDAY);
    const late = await push(t, staff, [mealDraft(fx.canteen.id, date, 'lunch', fx.slot.dishIds, { cutoffAt: '2026-12-02T16:00:00.000Z' })]);
    expect(late.results[0]).toMatchObject({ code: 'INVALID', fields: ['cutoffAt'] });
    const twice = await push(t, staff, [mealDraft(fx.canteen.id, date, 'lunch', [...fx.slot.dishIds, ...fx.slot.dishIds])]);
    expect(twice.results[0]).toMatchObject({ code: 'INVALID', fields: ['dishIds'] });
    const none = await push(t, staff, [mealDraft(fx.canteen.id, date, 'lunch', [])]);
    expect(none.results[0]).toMatchObject({ code: 'INVALID', fields: ['dishIds'] });
    const unknown = await push(t, staff, [mealDraft(fx.canteen.id, date, 'lunch', ['no-such-dish'])]);
    expect(unknown.results[0]).toMatchObject({ code: 'NOT_FOUND', fields: ['dishIds'] });
    const badName = await push(t, staff, [newDish(fx.canteen.id, '   ')]);
    expect(badName.results[0]).toMatchObject({ code: 'INVALID', fields: ['name'] });

    await push(t, staff, [mealDraft(fx.canteen.id, date, 'dinner', fx.slot.dishIds)]);
    const dinnerId = mealSlotId(fx.canteen.id, date, 'dinner');
    expect((await push(t, staff, [mutation('removeMealSlot', { slotId: fx.slot.id })])).results[0]).toMatchObject({ code: 'ALREADY_PUBLISHED' });
    const cursor = (await pullAll(t, staff)).cursor;
    expect((await push(t, staff, [mutation('removeMealSlot', { slotId: dinnerId })])).results[0]?.status).toBe('applied');
    const gone = await pullAll(t, staff, cursor);
    expect(gone.changes).toContainEqual({ entity: 'mealSlot', id: dinnerId, op: 'del' });
  });

  it('edits a published meal in place: residents see the new dishes at their next sync, and its bookings stay', async () => {
    const fx = await buildMenuCommunity(t.db, t.clock.now());
    const [staff, resident] = [await loginAs(t, fx.staff), await loginAs(t, fx.elder)];
    await push(t, resident, [bookMealMutation(fx.slot.id, fx.elder.id)]);
    const cursor = (await pullAll(t, resident)).cursor;
    const dish = newDish(fx.canteen.id, '南瓜小米粥');
    await push(t, staff, [dish, mealDraft(fx.canteen.id, fx.slot.date, 'lunch', [dish.dishId])]);
    const seen = await pullAll(t, resident, cursor);
    expect(putOf(seen.changes, 'mealSlot', fx.slot.id)).toMatchObject({ published: true, dishIds: [dish.dishId], seatsTaken: 1 });
    expect(putOf(seen.changes, 'dish', dish.dishId)).toMatchObject({ name: '南瓜小米粥' });
    const slot = putOf(seen.changes, 'mealSlot', fx.slot.id) as MealSlot | undefined;
    expect(slot?.modes).toEqual(['dineIn', 'pickup']);
  });
});
