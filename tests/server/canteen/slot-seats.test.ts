import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestApp } from '../test-database';
import { bookMealMutation, buildCommunity, loginAs, pullAll, push, rawMutation } from '../fixtures';

describe.each(DIALECTS)('staff set a slot\'s seats on %s', (kind) => {
  const t = useTestApp(kind);

  it('lets staff of the community change seats, and residents see the new count after a pull', async () => {
    const fx = await buildCommunity(t.db, t.clock.now(), { seats: 5 });
    const staff = await loginAs(t, fx.staff);
    const resident = await loginAs(t, fx.elder);
    const before = await pullAll(t, resident);
    const { results } = await push(t, staff, [rawMutation('setSlotSeats', { slotId: fx.slot.id, seats: 12 })]);
    expect(results[0]).toMatchObject({ status: 'applied' });
    const after = await pullAll(t, resident, before.cursor);
    const slot = after.changes.find((c) => c.entity === 'mealSlot' && c.id === fx.slot.id);
    expect(slot?.op === 'put' && slot.row.seats).toBe(12);
  });

  it('refuses residents and staff of another community, and never goes below the seats booked', async () => {
    const fx = await buildCommunity(t.db, t.clock.now(), { seats: 5 });
    const elder = await loginAs(t, fx.elder);
    const outsider = await loginAs(t, fx.outsider);
    const staff = await loginAs(t, fx.staff);
    expect((await push(t, elder, [bookMealMutation(fx.slot.id, fx.elder.id)])).results[0]?.status).toBe('applied');
    const byResident = await push(t, elder, [rawMutation('setSlotSeats', { slotId: fx.slot.id, seats: 50 })]);
    expect(byResident.results[0]).toMatchObject({ code: 'FORBIDDEN', fields: ['slotId'] });
    const byOutsider = await push(t, outsider, [rawMutation('setSlotSeats', { slotId: fx.slot.id, seats: 50 })]);
    expect(byOutsider.results[0]).toMatchObject({ code: 'FORBIDDEN' });
    const below = await push(t, staff, [rawMutation('setSlotSeats', { slotId: fx.slot.id, seats: 0 })]);
    expect(below.results[0]).toMatchObject({ code: 'SEATS_BELOW_BOOKED', fields: ['seats'] });
    const negative = await push(t, staff, [rawMutation('setSlotSeats', { slotId: fx.slot.id, seats: -1 })]);
    expect(negative.results[0]).toMatchObject({ code: 'INVALID', fields: ['seats'] });
  });
});
