import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/server/demo/seed';
import { DIALECTS, useTestApp } from './test-database';

describe.each(DIALECTS)('demo seed on %s', (kind) => {
  const t = useTestApp(kind, { demo: true });

  it('seeds a fortnight of menus once, and a second run changes nothing', async () => {
    await seedDemo(t.db, t.clock.now());
    const count = async () => (await t.db.selectFrom('sync_rows').select('entity_id').execute()).length;
    const before = await count();
    const slots = await t.db.selectFrom('meal_slots').select(['date']).where('canteen_id', '=', 'c-chuxin').execute();
    expect(slots).toHaveLength(28);
    expect(slots.map((s) => s.date).sort()[0]).toBe('2026-11-23');
    // 站南爱老公益食堂 has this week's lunches; next week's is for its staff to write
    const zhannan = await t.db.selectFrom('meal_slots').select(['date']).where('canteen_id', '=', 'c-zhannan').orderBy('date').execute();
    expect(zhannan.map((s) => s.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    await seedDemo(t.db, t.clock.now());
    expect(await count()).toBe(before);
    const code = await t.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone: '13800000001' } });
    expect(code.json<{ demoCode?: string }>().demoCode).toMatch(/^\d{6}$/);
  });

  it('takes every seat with a booking row: for every meal, seatsTaken equals its confirmed bookings', async () => {
    await seedDemo(t.db, t.clock.now());
    const slots = await t.db.selectFrom('meal_slots as s')
      .select(['s.id', 's.seats_taken'])
      .select(sql<number>`(select count(*) from bookings b where b.slot_id = s.id and b.status = 'confirmed')`.as('booked'))
      .execute();
    expect(slots.length).toBeGreaterThan(0);
    const wrong = slots.filter((s) => s.seats_taken !== Number(s.booked));
    expect(wrong).toEqual([]);
    // 吴德福 (no phone) has tomorrow's lunch at 初心食堂, booked by 赵敏 at his elder price
    const booking = await t.db.selectFrom('bookings').selectAll().where('diner_id', '=', 'u-wu-defu').executeTakeFirstOrThrow();
    expect(booking).toMatchObject({ slot_id: 'c-chuxin-2026-11-24-lunch', booked_by_id: 'u-zhao-min', status: 'confirmed', price_tier: 'elder' });
  });

  it('corrects a seat count an earlier seed left without bookings, and sends the slot to phones again', async () => {
    await seedDemo(t.db, t.clock.now());
    const slotId = 'c-chuxin-2026-11-25-lunch';
    await t.db.updateTable('meal_slots').set({ seats_taken: 58 }).where('id', '=', slotId).execute();
    const version = async () => Number((await t.db.selectFrom('sync_rows').select('version')
      .where('entity', '=', 'mealSlot').where('entity_id', '=', slotId).executeTakeFirstOrThrow()).version);
    const before = await version();
    await seedDemo(t.db, t.clock.now());
    const slot = await t.db.selectFrom('meal_slots').select('seats_taken').where('id', '=', slotId).executeTakeFirstOrThrow();
    expect(slot.seats_taken).toBe(0);
    expect(await version()).toBeGreaterThan(before);
  });
});
