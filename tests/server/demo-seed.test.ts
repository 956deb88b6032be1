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
    await seedDemo(t.db, t.clock.now());
    expect(await count()).toBe(before);
    const code = await t.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone: '13800000001' } });
    expect(code.json<{ demoCode?: string }>().demoCode).toMatch(/^\d{6}$/);
  });
});
