import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { openAppDb, type AppDb } from '../../../../src/client/data/db';
import { PrepListScreen } from '../../../../src/client/features/canteen/prep-list-screen';
import { StandingOrdersScreen } from '../../../../src/client/features/canteen/standing-orders-screen';
import { prepListCsv } from '../../../../src/client/features/canteen/prep-list-csv';
import { buildPrepList } from '../../../../src/shared/canteen/prep-list';
import { setMeta } from '../../../../src/client/data/meta';
import type { Booking } from '../../../../src/shared/canteen/booking';
import type { SessionInfo } from '../../../../src/shared/auth';
import { canteen, DISHES, member, MOTHER, slot } from '../fixtures';

// Wednesday 2026-11-25, 07:00 in Shanghai: the kitchen prints the lunch's list
const MORNING = new Date('2026-11-24T23:00:00Z');
const staffMember = member({ id: 'm-zhao', name: '赵敏', role: 'staff', householdId: null });
const staff: SessionInfo = { user: { ...staffMember, phone: '13800000006' }, communityIds: ['lingyun'] };

function booking(id: string, dinerId: string, mode: Booking['mode']): Booking {
  return {
    id, slotId: 's-wed-lunch', canteenId: 'c-chuxin', communityId: 'lingyun', dinerId, bookedById: dinerId, householdId: 'h-li',
    mode, status: 'confirmed', priceTier: 'elder', priceFen: 1200, createdAt: '2026-11-23T02:00:00.000Z', cancelledAt: null,
  };
}

let db: AppDb;
beforeEach(async () => {
  vi.useFakeTimers({ now: MORNING, toFake: ['Date'] });
  db = openAppDb(`prep-${crypto.randomUUID()}`);
  await db.canteen.put(canteen());
  await db.member.bulkPut([staffMember, MOTHER, member()]);
  await db.dish.bulkPut(DISHES);
  await db.mealSlot.put(slot());
  await db.booking.put(booking('b1', MOTHER.id, 'delivery'));
  await db.dietNote.put({
    id: MOTHER.id, residentId: MOTHER.id, communityId: 'lingyun', householdId: 'h-li', conditions: ['softFood'], allergies: '花生', note: '',
    updatedAt: '2026-11-23T02:00:00.000Z', updatedByName: '李建国',
  });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  db.close();
});

describe('PrepListScreen', () => {
  it('counts this phone\'s bookings and redraws when a late booking syncs in', async () => {
    render(<PrepListScreen db={db} session={staff} />);
    const sheet = await screen.findByRole('article', { name: '初心食堂 11月25日 周三 午餐 备餐单' });
    expect(await within(sheet).findByText('共 1 份：堂食 0 · 自取 0 · 送餐 1')).toBeTruthy();
    expect(within(sheet).getByText(/软食；过敏：花生/)).toBeTruthy();
    // a phone that was offline pushes 李建国's booking; the next pull writes it here
    await db.booking.put(booking('b2', 'm-li', 'dineIn'));
    expect(await within(sheet).findByText('共 2 份：堂食 1 · 自取 0 · 送餐 1')).toBeTruthy();
    const fish = within(sheet).getByRole('row', { name: /清蒸鲈鱼/ });
    expect(within(fish).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '1', '0', '1']);
  });

  it('is for staff only', async () => {
    render(<PrepListScreen db={db} session={{ user: { ...member(), phone: '13800000001' }, communityIds: ['lingyun'] }} />);
    expect(await screen.findByText('这一页是给食堂工作人员用的。')).toBeTruthy();
  });

  it('writes a CSV Excel opens in Chinese: BOM, CRLF, dishes then diets', () => {
    const list = buildPrepList({
      slot: slot(), dishes: DISHES, bookings: [booking('b1', MOTHER.id, 'delivery')],
      dietNotes: [{ residentId: MOTHER.id, conditions: ['softFood', 'diabetic'], allergies: '花生,虾', note: '=切碎' }], nameOf: () => '王秀英',
    });
    const csv = prepListCsv(list);
    expect(csv.startsWith('\uFEFF菜品,合计,堂食,自取,送餐\r\n肉末豆腐,1,0,0,1\r\n')).toBe(true);
    expect(csv).toContain('\r\n姓名,方式,饮食,过敏,备注\r\n王秀英,送餐,软食、糖尿病,"花生,虾",\'=切碎\r\n');
  });
});

describe('StandingOrdersScreen', () => {
  it('starts an order on this phone for the household, Monday to Friday by default', async () => {
    const me = member();
    const session: SessionInfo = { user: { ...me, phone: '13800138000' }, communityIds: ['lingyun'] };
    await setMeta(db, 'session', session);
    render(<StandingOrdersScreen db={db} session={session} />);
    expect(await screen.findByText('还没有长期订餐。')).toBeTruthy();
    fireEvent.change(await screen.findByLabelText('谁来吃'), { target: { value: MOTHER.id } });
    const save = screen.getByRole('button', { name: '保存长期订餐' }) as HTMLButtonElement;
    // the canteens arrive from the phone's database a moment after the people
    await vi.waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    const row = await screen.findByText(/^王秀英：初心食堂 午餐，周一、周二、周三、周四、周五，堂食，/);
    expect(row).toBeTruthy();
    expect(await db.standingOrder.toArray()).toMatchObject([{ dinerId: MOTHER.id, weekdays: [1, 2, 3, 4, 5], mode: 'dineIn', ended: false }]);
    expect(await db.outbox.toArray()).toMatchObject([{ name: 'saveStandingOrder', state: 'pending' }]);
  });
});
