import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { standingBookingId } from '../../../src/shared/canteen/standing-order';
import { createDatabase } from '../../../src/server/db/database';
import { runStandingOrderJob } from '../../../src/server/canteen/standing-order-job';
import { DIALECTS, TEST_DATABASE_URL, TEST_NOW, useTestApp, type TestApp } from '../test-database';
import { buildCommunity, loginAs, pullAll, push, seatsTaken } from '../fixtures';
import { addSlots, mutation } from './counter-fixtures';

// Monday 2026-11-23 10:00 in Shanghai: today's lunch has closed; Tuesday's opens the week.
const WEEK = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30'];

async function weekWithOrder(t: TestApp) {
  t.clock.set(TEST_NOW);
  const fx = await buildCommunity(t.db, t.clock.now());
  await addSlots(t.db, fx, WEEK.filter((d) => d !== fx.slot.date));
  const daughter = await loginAs(t, fx.daughter);
  const orderId = randomUUID();
  // 李娜 orders lunch Monday to Friday, dine-in, for her mother 王秀英
  const saved = await push(t, daughter, [mutation('saveStandingOrder', {
    orderId, canteenId: fx.canteen.id, dinerId: fx.elder.id, meal: 'lunch', weekdays: [1, 2, 3, 4, 5], mode: 'dineIn', startDate: '2026-11-23',
  })]);
  expect(saved.results[0]?.status).toBe('applied');
  return { fx, daughter, orderId };
}

async function bookingsOf(t: TestApp, orderId: string) {
  return t.db.selectFrom('bookings').select(['id', 'status', 'slot_id']).where('id', 'like', `so-${orderId}-%`).orderBy('id').execute();
}

describe.each(DIALECTS)('standing orders on %s', (kind) => {
  const t = useTestApp(kind);

  it('books each wanted day once before its cut-off, however often the job runs, and the family sees them', async () => {
    const { fx, daughter, orderId } = await weekWithOrder(t);
    const first = await runStandingOrderJob(t.db, t.clock.now());
    // Monday's lunch closed at 09:00; Tuesday to Friday and next Monday are booked
    const expected = ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30'].map((d) => standingBookingId(orderId, d));
    expect(first.created.sort()).toEqual(expected);
    expect((await runStandingOrderJob(t.db, t.clock.now())).created).toEqual([]);
    expect((await bookingsOf(t, orderId)).map((b) => b.id)).toEqual(expected);
    expect(await seatsTaken(t.db, fx.slot.id)).toBe(1);
    const seen = (await pullAll(t, daughter)).changes.filter((c) => c.entity === 'booking' && c.op === 'put').map((c) => c.id).sort();
    expect(seen).toEqual(expected);
  });

  it('leaves a draft menu alone: its day is booked only once the canteen publishes it', async () => {
    const { fx, orderId } = await weekWithOrder(t);
    const wednesday = `${fx.canteen.id}-2026-11-25-lunch`;
    await t.db.updateTable('meal_slots').set({ published: 0 }).where('id', '=', wednesday).execute();
    const first = await runStandingOrderJob(t.db, t.clock.now());
    expect(first.created).not.toContain(standingBookingId(orderId, '2026-11-25'));
    expect(first.created).toHaveLength(4);
    expect(await seatsTaken(t.db, wednesday)).toBe(0);
    await t.db.updateTable('meal_slots').set({ published: 1 }).where('id', '=', wednesday).execute();
    expect((await runStandingOrderJob(t.db, t.clock.now())).created).toEqual([standingBookingId(orderId, '2026-11-25')]);
  });

  it('never books again a day the family cancelled singly', async () => {
    const { daughter, orderId } = await weekWithOrder(t);
    await runStandingOrderJob(t.db, t.clock.now());
    const wednesday = standingBookingId(orderId, '2026-11-25');
    expect((await push(t, daughter, [mutation('cancelBooking', { bookingId: wednesday })])).results[0]?.status).toBe('applied');
    expect((await runStandingOrderJob(t.db, t.clock.now())).created).toEqual([]);
    expect((await bookingsOf(t, orderId)).find((b) => b.id === wednesday)?.status).toBe('cancelled');
  });

  it('withdraws the paused days, books them again from the day it resumes', async () => {
    const { fx, daughter, orderId } = await weekWithOrder(t);
    await runStandingOrderJob(t.db, t.clock.now());
    const cursor = (await pullAll(t, daughter)).cursor;
    const paused = await push(t, daughter, [mutation('pauseStandingOrder', { orderId, from: '2026-11-25', resumeOn: '2026-11-27' })]);
    expect(paused.results[0]?.status).toBe('applied');
    const gone = [standingBookingId(orderId, '2026-11-25'), standingBookingId(orderId, '2026-11-26')];
    expect((await bookingsOf(t, orderId)).map((b) => b.id)).not.toContain(gone[0]);
    const changes = (await pullAll(t, daughter, cursor)).changes;
    expect(changes.filter((c) => c.entity === 'booking').map((c) => [c.id, c.op]).sort()).toEqual(gone.map((id) => [id, 'del']));
    expect(changes.find((c) => c.entity === 'standingOrder')).toMatchObject({ op: 'put', row: { pausedFrom: '2026-11-25', resumeOn: '2026-11-27' } });
    expect((await runStandingOrderJob(t.db, t.clock.now())).created).toEqual([]);
    // 李娜 brings her mother home sooner: it resumes on Thursday
    expect((await push(t, daughter, [mutation('resumeStandingOrder', { orderId, on: '2026-11-26' })])).results[0]?.status).toBe('applied');
    expect((await runStandingOrderJob(t.db, t.clock.now())).created).toEqual([gone[1]]);
    const past = await push(t, daughter, [mutation('pauseStandingOrder', { orderId, from: '2026-11-20', resumeOn: null })]);
    expect(past.results[0]).toMatchObject({ code: 'INVALID', fields: ['from'] });
    const neighbour = await loginAs(t, fx.neighbour);
    const foreign = await push(t, neighbour, [mutation('pauseStandingOrder', { orderId, from: '2026-11-30', resumeOn: null })]);
    expect(foreign.results[0]).toMatchObject({ code: 'FORBIDDEN' });
    expect((await push(t, daughter, [mutation('endStandingOrder', { orderId })])).results[0]?.status).toBe('applied');
    expect((await bookingsOf(t, orderId)).filter((b) => b.status === 'confirmed')).toEqual([]);
  });

  it('books only from the order\'s start, and refuses an order for someone outside the household', async () => {
    t.clock.set(TEST_NOW);
    const fx = await buildCommunity(t.db, t.clock.now());
    await addSlots(t.db, fx, WEEK.filter((d) => d !== fx.slot.date));
    const neighbour = await loginAs(t, fx.neighbour);
    const refused = await push(t, neighbour, [mutation('saveStandingOrder', {
      orderId: randomUUID(), canteenId: fx.canteen.id, dinerId: fx.elder.id, meal: 'lunch', weekdays: [1], mode: 'dineIn', startDate: '2026-11-23',
    })]);
    expect(refused.results[0]).toMatchObject({ code: 'FORBIDDEN', fields: ['dinerId'] });
    const staff = await loginAs(t, fx.staff);
    const orderId = randomUUID();
    await push(t, staff, [mutation('saveStandingOrder', {
      orderId, canteenId: fx.canteen.id, dinerId: fx.elder.id, meal: 'lunch', weekdays: [3, 5], mode: 'dineIn', startDate: '2026-11-26',
    })]);
    expect((await runStandingOrderJob(t.db, t.clock.now())).created).toEqual([standingBookingId(orderId, '2026-11-27')]);
  });
});

describe('standing orders on two server instances over one PostgreSQL', () => {
  const t = useTestApp('postgres');

  it('books each day once when two server instances run the job at the same moment', async () => {
    const { orderId } = await weekWithOrder(t);
    const second = createDatabase(TEST_DATABASE_URL, { schema: t.schema ?? '' });
    try {
      const runs = await Promise.all([runStandingOrderJob(t.db, t.clock.now()), runStandingOrderJob(second, t.clock.now()),
        runStandingOrderJob(second, t.clock.now())]);
      const created = runs.flatMap((r) => r.created);
      expect(created).toHaveLength(5);
      expect(new Set(created).size).toBe(5);
      expect(await bookingsOf(t, orderId)).toHaveLength(5);
    } finally {
      await second.destroy();
    }
  });
});
