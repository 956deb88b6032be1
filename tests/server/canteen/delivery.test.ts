import { describe, expect, it } from 'vitest';
import { DIALECTS, TEST_NOW, useTestApp } from '../test-database';
import { bookMealMutation, buildCommunity, loginAs, pullAll, push } from '../fixtures';
import { addPerson, mutation } from './counter-fixtures';

const MEAL_NOON = '2026-11-24T04:00:00.000Z';

describe.each(DIALECTS)('送餐上门 on %s', (kind) => {
  const t = useTestApp(kind);

  async function community() {
    t.clock.set(TEST_NOW);
    const fx = await buildCommunity(t.db, t.clock.now());
    const volunteers = [await addPerson(t.db, fx, '刘洋', 'volunteer'), await addPerson(t.db, fx, '马丽华', 'volunteer')];
    return { fx, staff: await loginAs(t, fx.staff), volunteers: [await loginAs(t, volunteers[0]!), await loginAs(t, volunteers[1]!)] };
  }

  it('gives volunteers what a stop needs (name and address) and nothing private, and takes it back when cancelled', async () => {
    const { fx, staff, volunteers } = await community();
    const elder = await loginAs(t, fx.elder);
    const profile = await push(t, staff, [mutation('saveDeliveryProfile', {
      residentId: fx.elder.id, building: '5栋', floor: 3, room: '1单元302', disability: false, livesAlone: true,
    })]);
    expect(profile.results[0]?.status).toBe('applied');
    await push(t, elder, [mutation('saveDietNote', { residentId: fx.elder.id, conditions: ['softFood'], allergies: '', note: '' })]);
    const book = bookMealMutation(fx.slot.id, fx.elder.id, 'delivery');
    expect((await push(t, elder, [book])).results[0]?.status).toBe('applied');
    const bookingId = (book.args as { bookingId: string }).bookingId;
    const seen = (await pullAll(t, volunteers[0]!)).changes;
    expect(seen.filter((c) => c.entity === 'mealDelivery')).toEqual([{
      entity: 'mealDelivery', id: bookingId, op: 'put', row: {
        id: bookingId, slotId: fx.slot.id, canteenId: fx.canteen.id, communityId: fx.communityId, date: fx.slot.date, meal: 'lunch',
        dinerName: '王秀英', building: '5栋', floor: 3, room: '1单元302', deliveredAt: null, deliveredByName: null,
      },
    }]);
    for (const entity of ['booking', 'dietNote', 'deliveryProfile', 'mealServing']) {
      expect(seen.filter((c) => c.entity === entity && c.op === 'put')).toEqual([]);
    }
    // a neighbour sees no one's stop
    const neighbour = await loginAs(t, fx.neighbour);
    expect((await pullAll(t, neighbour)).changes.filter((c) => c.entity === 'mealDelivery' && c.op === 'put')).toEqual([]);
    // cancelled, the stop leaves the volunteers' lists
    const cursor = (await pullAll(t, volunteers[0]!)).cursor;
    await push(t, elder, [mutation('cancelBooking', { bookingId })]);
    expect((await pullAll(t, volunteers[0]!, cursor)).changes.filter((c) => c.entity === 'mealDelivery')).toEqual([
      { entity: 'mealDelivery', id: bookingId, op: 'del' },
    ]);
  });

  it('keeps the first of two volunteers marking one meal delivered, charged its booked price', async () => {
    const { fx, volunteers } = await community();
    const elder = await loginAs(t, fx.elder);
    const book = bookMealMutation(fx.slot.id, fx.elder.id, 'delivery');
    await push(t, elder, [book]);
    const bookingId = (book.args as { bookingId: string }).bookingId;
    t.clock.set(MEAL_NOON);
    const first = await push(t, volunteers[0]!, [mutation('markMealDelivered', { bookingId, deliveredAt: '2026-11-24T03:40:00.000Z' })]);
    const second = await push(t, volunteers[1]!, [mutation('markMealDelivered', { bookingId, deliveredAt: '2026-11-24T03:45:00.000Z' })]);
    expect(first.results[0]?.status).toBe('applied');
    expect(second.results[0]).toMatchObject({ code: 'ALREADY_SERVED', detail: { byName: '刘洋', at: '2026-11-24T03:40:00.000Z' } });
    const household = (await pullAll(t, elder)).changes;
    expect(household.find((c) => c.entity === 'mealServing')).toMatchObject({ row: { how: 'delivered', chargedFen: 1400, grams: null, servedByName: '刘洋' } });
    expect((await pullAll(t, volunteers[1]!)).changes.find((c) => c.entity === 'mealDelivery')).toMatchObject({ row: { deliveredByName: '刘洋' } });
    const byResident = await push(t, await loginAs(t, fx.neighbour), [mutation('markMealDelivered', { bookingId, deliveredAt: MEAL_NOON })]);
    expect(byResident.results[0]).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets residents whom staff registered (a disability) book delivery, and nobody else under the delivery age', async () => {
    const { fx, staff } = await community();
    const neighbour = await loginAs(t, fx.neighbour);
    const refused = await push(t, neighbour, [bookMealMutation(fx.slot.id, fx.neighbour.id, 'delivery')]);
    expect(refused.results[0]).toMatchObject({ code: 'NOT_ELIGIBLE', fields: ['mode'] });
    const byResident = await push(t, neighbour, [mutation('saveDeliveryProfile', {
      residentId: fx.neighbour.id, building: '2栋', floor: 1, room: '101', disability: true, livesAlone: false,
    })]);
    expect(byResident.results[0]).toMatchObject({ code: 'FORBIDDEN', fields: ['residentId'] });
    await push(t, staff, [mutation('saveDeliveryProfile', {
      residentId: fx.neighbour.id, building: '2栋', floor: 1, room: '101', disability: true, livesAlone: false,
    })]);
    expect((await push(t, neighbour, [bookMealMutation(fx.slot.id, fx.neighbour.id, 'delivery')])).results[0]?.status).toBe('applied');
  });
});
