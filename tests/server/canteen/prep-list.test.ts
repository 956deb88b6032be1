import { describe, expect, it } from 'vitest';
import type { PrepList } from '../../../src/shared/canteen/prep-list';
import { DIALECTS, TEST_NOW, useTestApp, type TestApp } from '../test-database';
import { bookMealMutation, buildCommunity, loginAs, pullAll, push } from '../fixtures';
import { addPerson, mutation } from './counter-fixtures';

async function prepList(t: TestApp, token: string, slotId: string) {
  return t.app.inject({ method: 'GET', url: `/api/canteen/prep-list?slotId=${encodeURIComponent(slotId)}`, headers: { authorization: `Bearer ${token}` } });
}

async function confirmedInDatabase(t: TestApp, slotId: string) {
  return t.db.selectFrom('bookings').select(['mode']).where('slot_id', '=', slotId).where('status', '=', 'confirmed').execute();
}

describe.each(DIALECTS)('the prep list (备餐单) and diet notes on %s', (kind) => {
  const t = useTestApp(kind);

  it('counts the confirmed bookings, also those a phone pushed late, split by how the meal leaves', async () => {
    t.clock.set(TEST_NOW);
    const fx = await buildCommunity(t.db, t.clock.now());
    const [elder, daughter, neighbour, staff] = [await loginAs(t, fx.elder), await loginAs(t, fx.daughter), await loginAs(t, fx.neighbour), await loginAs(t, fx.staff)];
    // 李娜's phone was offline at 08:00; it books for her mother, herself, then cancels her own
    const offline = '2026-11-23T00:00:00.000Z';
    const mine = bookMealMutation(fx.slot.id, fx.daughter.id, 'pickup');
    expect((await push(t, elder, [bookMealMutation(fx.slot.id, fx.elder.id, 'delivery')])).results[0]?.status).toBe('applied');
    const before = (await prepList(t, staff, fx.slot.id)).json<PrepList>();
    expect(before.total).toBe(1);
    await push(t, neighbour, [bookMealMutation(fx.slot.id, fx.neighbour.id, 'dineIn')]);
    const late = await push(t, daughter, [
      { ...mine, createdAt: offline },
      mutation('cancelBooking', { bookingId: (mine.args as { bookingId: string }).bookingId }, offline),
      mutation('saveDietNote', { residentId: fx.elder.id, conditions: ['softFood', 'diabetic'], allergies: '花生', note: '' }, offline),
    ]);
    expect(late.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const res = await prepList(t, staff, fx.slot.id);
    expect(res.statusCode).toBe(200);
    const list = res.json<PrepList>();
    const live = await confirmedInDatabase(t, fx.slot.id);
    expect(list.total).toBe(live.length);
    expect(list.total).toBe(2);
    expect(list.byMode).toEqual({ dineIn: 1, pickup: 0, delivery: 1 });
    expect(list.dishes).toEqual([{ dishId: fx.slot.dishIds[0], name: '番茄炒蛋', total: 2, byMode: { dineIn: 1, pickup: 0, delivery: 1 } }]);
    expect(list.dietLines).toEqual([{ dinerId: fx.elder.id, dinerName: '王秀英', mode: 'delivery', conditions: ['diabetic', 'softFood'], allergies: '花生', note: '' }]);
    expect(list.dietCounts).toEqual({ diabetic: 1, lowSalt: 0, softFood: 1 });
  });

  it('is for the canteen\'s staff only, and says what is wrong with a bad request', async () => {
    t.clock.set(TEST_NOW);
    const fx = await buildCommunity(t.db, t.clock.now());
    expect((await prepList(t, await loginAs(t, fx.elder), fx.slot.id)).json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const outsiderStaff = await loginAs(t, await addPerson(t.db, fx, '周丽', 'staff', fx.outsiderCommunityId));
    expect((await prepList(t, outsiderStaff, fx.slot.id)).statusCode).toBe(403);
    const staff = await loginAs(t, fx.staff);
    expect((await prepList(t, staff, 'no-such-slot')).statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'GET', url: '/api/canteen/prep-list', headers: { authorization: `Bearer ${staff}` } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'INVALID', fields: [{ field: 'slotId' }] } });
  });

  it('finds the community\'s members by the last four digits of their phone, for staff only', async () => {
    t.clock.set(TEST_NOW);
    const fx = await buildCommunity(t.db, t.clock.now());
    const lookUp = async (token: string, tail: string) => t.app.inject({
      method: 'GET', url: `/api/canteen/phone-tail?tail=${tail}`, headers: { authorization: `Bearer ${token}` },
    });
    const staff = await loginAs(t, fx.staff);
    const found = await lookUp(staff, fx.elder.phone?.slice(-4) ?? '');
    expect(found.statusCode).toBe(200);
    expect(found.json<{ memberIds: string[] }>().memberIds).toContain(fx.elder.id);
    expect((await lookUp(await loginAs(t, fx.elder), '1234')).statusCode).toBe(403);
    expect((await lookUp(staff, '12a4')).json()).toMatchObject({ error: { code: 'INVALID', fields: [{ field: 'tail' }] } });
  });

  it('shows a diet note to the resident\'s household and the canteen\'s staff, never to other residents or volunteers', async () => {
    t.clock.set(TEST_NOW);
    const fx = await buildCommunity(t.db, t.clock.now());
    const volunteerPerson = await addPerson(t.db, fx, '刘洋', 'volunteer');
    const [daughter, neighbour, volunteer, staff, elder, outsider] = [
      await loginAs(t, fx.daughter), await loginAs(t, fx.neighbour), await loginAs(t, volunteerPerson),
      await loginAs(t, fx.staff), await loginAs(t, fx.elder), await loginAs(t, fx.outsider),
    ];
    const saved = await push(t, daughter, [mutation('saveDietNote', { residentId: fx.elder.id, conditions: ['lowSalt'], allergies: '', note: '假牙，菜要切碎' })]);
    expect(saved.results[0]?.status).toBe('applied');
    const notesOf = async (token: string) => (await pullAll(t, token)).changes.filter((c) => c.entity === 'dietNote' && c.id === fx.elder.id && c.op === 'put');
    expect(await notesOf(elder)).toMatchObject([{ row: { conditions: ['lowSalt'], note: '假牙，菜要切碎', updatedByName: '李娜' } }]);
    expect(await notesOf(staff)).toHaveLength(1);
    expect(await notesOf(neighbour)).toHaveLength(0);
    expect(await notesOf(volunteer)).toHaveLength(0);
    expect(await notesOf(outsider)).toHaveLength(0);
    // only the household and the staff may write it
    for (const token of [neighbour, volunteer, outsider]) {
      const { results } = await push(t, token, [mutation('saveDietNote', { residentId: fx.elder.id, conditions: [], allergies: '', note: '' })]);
      expect(results[0]).toMatchObject({ code: 'FORBIDDEN', fields: ['residentId'] });
    }
    const byStaff = await push(t, staff, [mutation('saveDietNote', { residentId: fx.elder.id, conditions: ['lowSalt', 'softFood'], allergies: '虾', note: '' })]);
    expect(byStaff.results[0]?.status).toBe('applied');
    const tooLong = await push(t, staff, [mutation('saveDietNote', { residentId: fx.elder.id, conditions: ['sweet'], allergies: '', note: '' })]);
    expect(tooLong.results[0]).toMatchObject({ code: 'INVALID', fields: ['conditions.0'] });
  });
});
