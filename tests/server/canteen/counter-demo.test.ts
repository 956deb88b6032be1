import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../src/server/demo/seed';
import { runStandingOrderJob } from '../../../src/server/canteen/standing-order-job';
import { DIALECTS, useTestApp } from '../test-database';

describe.each(DIALECTS)('the counter\'s demo on %s', (kind) => {
  const t = useTestApp(kind, { demo: true });

  it('gives 吴德福 a diet note and a weekday lunch order that the job books once, and seats follow the bookings', async () => {
    await seedDemo(t.db, t.clock.now());
    await seedDemo(t.db, t.clock.now());
    expect(await t.db.selectFrom('diet_notes').select('resident_id').execute()).toEqual([{ resident_id: 'u-wu-defu' }]);
    const first = await runStandingOrderJob(t.db, t.clock.now());
    // Monday 10:00: today's lunch has closed, and 赵敏 booked Tuesday's by hand (the menu's demo
    // booking), which the job leaves alone; Wednesday to Friday, and next Monday
    expect(first.created.map((id) => id.slice(-10)).sort()).toEqual(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30']);
    const tuesday = await t.db.selectFrom('bookings').select('id')
      .where('slot_id', '=', 'c-chuxin-2026-11-24-lunch').where('diner_id', '=', 'u-wu-defu').where('status', '=', 'confirmed').execute();
    expect(tuesday).toHaveLength(1);
    expect((await runStandingOrderJob(t.db, t.clock.now())).created).toEqual([]);
    const slot = await t.db.selectFrom('meal_slots').select('seats_taken').where('id', '=', 'c-chuxin-2026-11-25-lunch').executeTakeFirstOrThrow();
    const live = await t.db.selectFrom('bookings').select('id').where('slot_id', '=', 'c-chuxin-2026-11-25-lunch').where('status', '=', 'confirmed').execute();
    expect(slot.seats_taken).toBe(live.length);
  });
});
