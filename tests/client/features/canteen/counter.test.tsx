import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { CounterCard, type CounterCardView } from '../../../../src/client/features/canteen/counter-card';
import { mutate } from '../../../../src/client/sync/mutate';
import { rebase } from '../../../../src/client/sync/rebase';
import { setMeta } from '../../../../src/client/data/meta';
import { RejectionError } from '../../../../src/shared/rejection';
import type { Booking } from '../../../../src/shared/canteen/booking';
import type { MealServing } from '../../../../src/shared/canteen/meal-serving';
import type { SessionInfo } from '../../../../src/shared/auth';
import { canteen, freshDb, me, mother, slot } from '../../sync/fixtures';

afterEach(cleanup);

const VIEW: CounterCardView = {
  bookingId: 'b1', name: '李秀英', mode: '堂食', price: '助老价 约 ¥10.00 · 按称重结算', ticketCode: '482913',
  diet: '软食；过敏：花生', weighed: true, served: null, conflict: null,
};

describe('CounterCard', () => {
  it('asks for the plate\'s grams and price in words, then hands them over in fen', async () => {
    const onServe = vi.fn(async () => null);
    render(<ul><CounterCard view={VIEW} onServe={onServe} /></ul>);
    expect(screen.getByText('饮食注意：软食；过敏：花生')).toBeTruthy();
    expect(screen.getByText('取餐码 482913')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '记录取餐' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请填写重量（克），整数，1 到 5000。');
    fireEvent.input(screen.getByLabelText('重量（克）'), { target: { value: '420' } });
    fireEvent.input(screen.getByLabelText('实收金额（元）'), { target: { value: '12.6元' } });
    fireEvent.click(screen.getByRole('button', { name: '记录取餐' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('请填写实收金额，例如 12.60。'));
    fireEvent.input(screen.getByLabelText('实收金额（元）'), { target: { value: '12.6' } });
    fireEvent.click(screen.getByRole('button', { name: '记录取餐' }));
    await waitFor(() => expect(onServe).toHaveBeenCalledWith({ grams: 420, chargedFen: 1260 }));
  });

  it('serves a fixed-price meal with one tap, and shows who served it and whether it has been sent', () => {
    const onServe = vi.fn(async () => null);
    const { rerender } = render(<ul><CounterCard view={{ ...VIEW, weighed: false }} onServe={onServe} /></ul>);
    expect(screen.queryByLabelText('重量（克）')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '已取餐' }));
    expect(onServe).toHaveBeenCalledWith({ grams: null, chargedFen: null });
    rerender(<ul><CounterCard view={{ ...VIEW, served: { by: '赵敏', time: '12:05', charge: '实收 ¥10.00', syncState: 'pending' } }} onServe={onServe} /></ul>);
    expect(screen.getByText(/已取餐：赵敏 12:05 记录 · 实收 ¥10.00/)).toBeTruthy();
    expect(screen.getByText('已存在手机上，还没送到社区')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '记录取餐' })).toBeNull();
  });
});

const staff: SessionInfo = {
  user: { id: 'm-staff', communityId: 'c1', householdId: null, name: '赵敏', role: 'staff', birthDate: null, ageVerified: false, groups: [], hasLogin: true, phone: '13800000006' },
  communityIds: ['c1'],
};
const lunch = slot({ id: 's1', date: '2026-11-25' });
const booking: Booking = {
  id: 'b1', slotId: 's1', canteenId: 'ct1', communityId: 'c1', dinerId: mother.id, bookedById: me.id, householdId: 'h1',
  mode: 'dineIn', status: 'confirmed', priceTier: 'elder', priceFen: 1000, createdAt: '2026-11-23T02:00:00.000Z', cancelledAt: null,
};
const AT_NOON = new Date('2026-11-25T04:00:00.000Z');

async function counterPhone() {
  const db = freshDb();
  await setMeta(db, 'session', staff);
  await db.canteen.put({ ...canteen, pricing: 'weighed' });
  await db.mealSlot.put(lunch);
  await db.member.bulkPut([mother, { ...staff.user }]);
  await db.booking.put(booking);
  return db;
}

describe('serving offline at the counter', () => {
  it('shows the plate at once, refuses a second serving on the same phone with who served it', async () => {
    const db = await counterPhone();
    await mutate(db, staff, 'serveMeal', { bookingId: 'b1', servedAt: AT_NOON.toISOString(), grams: 420, chargedFen: 1260 }, AT_NOON);
    expect(await db.mealServing.get('b1')).toMatchObject({ grams: 420, chargedFen: 1260, servedByName: '赵敏', priceTier: 'elder' });
    expect(await db.outbox.count()).toBe(1);
    const again = mutate(db, staff, 'serveMeal', { bookingId: 'b1', servedAt: AT_NOON.toISOString(), grams: 300, chargedFen: 900 }, AT_NOON);
    await expect(again).rejects.toBeInstanceOf(RejectionError);
    await expect(again).rejects.toMatchObject({ rejection: { code: 'ALREADY_SERVED', detail: { byName: '赵敏' } } });
  });

  it('gives way to the serving another counter synced first: the server\'s plate shows, ours waits for its refusal', async () => {
    const db = await counterPhone();
    await mutate(db, staff, 'serveMeal', { bookingId: 'b1', servedAt: AT_NOON.toISOString(), grams: 420, chargedFen: 1260 }, AT_NOON);
    const theirs: MealServing = {
      id: 'b1', bookingId: 'b1', slotId: 's1', canteenId: 'ct1', communityId: 'c1', dinerId: mother.id, householdId: 'h1',
      date: '2026-11-25', meal: 'lunch', priceTier: 'elder', grams: 380, chargedFen: 1140,
      servedAt: '2026-11-25T03:58:00.000Z', servedById: 'm-sun', servedByName: '孙强', how: 'counter',
    };
    await rebase(db, [{ entity: 'mealServing', id: 'b1', op: 'put', row: theirs }], '9', AT_NOON);
    expect(await db.mealServing.get('b1')).toMatchObject({ grams: 380, servedByName: '孙强' });
    expect(await db.outbox.toArray()).toMatchObject([{ name: 'serveMeal', state: 'pending' }]);
  });

  it('refuses a price typed on a resident\'s phone before anything is queued', async () => {
    const db = await counterPhone();
    const resident: SessionInfo = { user: { ...me, phone: '13800000001' }, communityIds: ['c1'] };
    await expect(mutate(db, resident, 'serveMeal', { bookingId: 'b1', servedAt: AT_NOON.toISOString(), grams: 420, chargedFen: 1 }, AT_NOON))
      .rejects.toMatchObject({ rejection: { code: 'FORBIDDEN' } });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.mealServing.count()).toBe(0);
  });
});
