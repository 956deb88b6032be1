import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MealServing } from '../../../src/shared/canteen/meal-serving';
import { DIALECTS, TEST_NOW, useTestApp } from '../test-database';
import { bookMealMutation, buildCommunity, loginAs, pullAll, push, seatsTaken } from '../fixtures';
import { addPerson, mutation } from './counter-fixtures';

/** Noon of the fixture's meal day (tomorrow), when the counter serves it. */
const MEAL_NOON = '2026-11-24T04:00:00.000Z';

describe.each(DIALECTS)('the counter on %s', (kind) => {
  const t = useTestApp(kind);

  async function bookedLunch() {
    t.clock.set(TEST_NOW);
    const fx = await buildCommunity(t.db, t.clock.now());
    const elder = await loginAs(t, fx.elder);
    const book = bookMealMutation(fx.slot.id, fx.elder.id);
    expect((await push(t, elder, [book])).results[0]?.status).toBe('applied');
    t.clock.set(MEAL_NOON);
    return { fx, elder, bookingId: (book.args as { bookingId: string }).bookingId };
  }

  async function servings(bookingId: string) {
    return t.db.selectFrom('meal_servings').selectAll().where('booking_id', '=', bookingId).execute();
  }

  it('keeps one served record when two counters serve one booking, and tells the second who served it and when', async () => {
    const { fx, elder, bookingId } = await bookedLunch();
    const second = await addPerson(t.db, fx, '孙强', 'staff');
    const [counterA, counterB] = [await loginAs(t, fx.staff), await loginAs(t, second)];
    // both counters were offline and recorded the plate at 11:55 and 11:58; A's phone reaches the server first
    const a = await push(t, counterA, [mutation('serveMeal', { bookingId, servedAt: '2026-11-24T03:55:00.000Z', grams: 420, chargedFen: 1260 })]);
    const b = await push(t, counterB, [mutation('serveMeal', { bookingId, servedAt: '2026-11-24T03:58:00.000Z', grams: 380, chargedFen: 1140 })]);
    expect(a.results[0]).toMatchObject({ status: 'applied' });
    expect(b.results[0]).toMatchObject({
      status: 'rejected', code: 'ALREADY_SERVED', fields: ['bookingId'], detail: { byName: '赵敏', at: '2026-11-24T03:55:00.000Z' },
    });
    expect(await servings(bookingId)).toMatchObject([{ grams: 420, charged_fen: 1260, served_by_id: fx.staff.id }]);
    // the household sees the charged price, not the estimate
    const rows = (await pullAll(t, elder)).changes.filter((c) => c.entity === 'mealServing');
    expect(rows).toMatchObject([{ op: 'put', row: { bookingId, grams: 420, chargedFen: 1260, priceTier: 'elder', servedByName: '赵敏' } }]);
  });

  it('keeps one served record when both counters push at the same moment', async () => {
    const { fx, bookingId } = await bookedLunch();
    const second = await addPerson(t.db, fx, '孙强', 'staff');
    const [counterA, counterB] = [await loginAs(t, fx.staff), await loginAs(t, second)];
    const serve = (grams: number) => mutation('serveMeal', { bookingId, servedAt: MEAL_NOON, grams, chargedFen: grams * 3 });
    const answers = await Promise.all([push(t, counterA, [serve(400)]), push(t, counterB, [serve(500)])]);
    const statuses = answers.map((a) => a.results[0]?.status).sort();
    expect(statuses).toEqual(['applied', 'rejected']);
    expect(await servings(bookingId)).toHaveLength(1);
  });

  it('refuses a charged price sent by anyone but the canteen\'s staff', async () => {
    const { fx, elder, bookingId } = await bookedLunch();
    const volunteer = await loginAs(t, await addPerson(t.db, fx, '刘洋', 'volunteer'));
    const outsiderStaff = await loginAs(t, await addPerson(t.db, fx, '周丽', 'staff', fx.outsiderCommunityId));
    for (const token of [elder, volunteer, outsiderStaff]) {
      const { results } = await push(t, token, [mutation('serveMeal', { bookingId, servedAt: MEAL_NOON, grams: 100, chargedFen: 1 })]);
      expect(results[0]).toMatchObject({ status: 'rejected', code: 'FORBIDDEN', fields: ['bookingId'] });
    }
    expect(await servings(bookingId)).toHaveLength(0);
  });

  it('charges a fixed-price meal what was booked and refuses a price for it; a weighed one needs grams and price', async () => {
    t.clock.set(TEST_NOW);
    const fx = await buildCommunity(t.db, t.clock.now());
    const neighbour = await loginAs(t, fx.neighbour);
    const staff = await loginAs(t, fx.staff);
    // 张伟 is a delivery rider: the 9.90 worker lunch is a set meal even where plates are weighed
    const book = bookMealMutation(fx.slot.id, fx.neighbour.id);
    expect((await push(t, neighbour, [book])).results[0]?.status).toBe('applied');
    const bookingId = (book.args as { bookingId: string }).bookingId;
    t.clock.set(MEAL_NOON);
    const priced = await push(t, staff, [mutation('serveMeal', { bookingId, servedAt: MEAL_NOON, grams: 300, chargedFen: 500 })]);
    expect(priced.results[0]).toMatchObject({ code: 'INVALID', fields: ['chargedFen'] });
    const served = await push(t, staff, [mutation('serveMeal', { bookingId, servedAt: MEAL_NOON, grams: null, chargedFen: null })]);
    expect(served.results[0]?.status).toBe('applied');
    expect(await servings(bookingId)).toMatchObject([{ grams: null, charged_fen: 990 }]);

    const weighed = await bookedLunch();
    const staff2 = await loginAs(t, weighed.fx.staff);
    const noGrams = await push(t, staff2, [mutation('serveMeal', { bookingId: weighed.bookingId, servedAt: MEAL_NOON, grams: null, chargedFen: 1200 })]);
    expect(noGrams.results[0]).toMatchObject({ code: 'INVALID', fields: ['grams'] });
    const early = await push(t, staff2, [mutation('serveMeal', { bookingId: weighed.bookingId, servedAt: '2026-11-23T04:00:00.000Z', grams: 300, chargedFen: 900 })]);
    expect(early.results[0]).toMatchObject({ code: 'INVALID', fields: ['servedAt'] });
  });

  it('books and serves a walk-in elder without a phone, registered at the counter after the cut-off', async () => {
    t.clock.set(TEST_NOW);
    const fx = await buildCommunity(t.db, t.clock.now());
    const staff = await loginAs(t, fx.staff);
    t.clock.set(MEAL_NOON);
    const dinerId = randomUUID();
    const walkIn = (bookingId: string) => mutation('serveWalkIn', {
      bookingId, slotId: fx.slot.id, dinerId, newResident: { name: '吴德福', birthDate: '1938-12-01' },
      servedAt: MEAL_NOON, grams: 350, chargedFen: 980,
    });
    const first = randomUUID();
    expect((await push(t, staff, [walkIn(first)])).results[0]).toMatchObject({ status: 'applied' });
    const user = await t.db.selectFrom('users').selectAll().where('id', '=', dinerId).executeTakeFirstOrThrow();
    expect(user).toMatchObject({ name: '吴德福', phone: null, community_id: fx.communityId, age_verified: 1 });
    const booking = await t.db.selectFrom('bookings').selectAll().where('id', '=', first).executeTakeFirstOrThrow();
    expect(booking).toMatchObject({ diner_id: dinerId, booked_by_id: fx.staff.id, status: 'confirmed', price_tier: 'elder' });
    expect(await servings(first)).toMatchObject([{ grams: 350, charged_fen: 980 }]);
    expect(await seatsTaken(t.db, fx.slot.id)).toBe(1);
    // the same elder again, from the residents list this time: the booking exists, serve it instead
    const again = await push(t, staff, [mutation('serveWalkIn', {
      bookingId: randomUUID(), slotId: fx.slot.id, dinerId, newResident: null, servedAt: MEAL_NOON, grams: 200, chargedFen: 600,
    })]);
    expect(again.results[0]).toMatchObject({ code: 'ALREADY_BOOKED' });
    const elder = await loginAs(t, fx.elder);
    const refused = await push(t, elder, [mutation('serveWalkIn', {
      bookingId: randomUUID(), slotId: fx.slot.id, dinerId: randomUUID(), newResident: { name: '钱宝根', birthDate: null },
      servedAt: MEAL_NOON, grams: 300, chargedFen: 900,
    })]);
    expect(refused.results[0]).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('serves no walk-in at a draft meal, which has no diners until it is published', async () => {
    t.clock.set(TEST_NOW);
    const fx = await buildCommunity(t.db, t.clock.now());
    await t.db.updateTable('meal_slots').set({ published: 0 }).where('id', '=', fx.slot.id).execute();
    const staff = await loginAs(t, fx.staff);
    t.clock.set(MEAL_NOON);
    const refused = await push(t, staff, [mutation('serveWalkIn', {
      bookingId: randomUUID(), slotId: fx.slot.id, dinerId: fx.elder.id, newResident: null, servedAt: MEAL_NOON, grams: 300, chargedFen: 900,
    })]);
    expect(refused.results[0]).toMatchObject({ code: 'NOT_FOUND', fields: ['slotId'] });
    expect(await seatsTaken(t.db, fx.slot.id)).toBe(0);
  });
});
