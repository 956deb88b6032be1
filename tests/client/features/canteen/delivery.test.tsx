import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { openAppDb } from '../../../../src/client/data/db';
import { setMeta } from '../../../../src/client/data/meta';
import { DeliveryScreen } from '../../../../src/client/features/canteen/delivery-screen';
import type { MealDelivery } from '../../../../src/shared/canteen/delivery';
import type { SessionInfo } from '../../../../src/shared/auth';
import { canteen, member } from '../fixtures';

// Wednesday 2026-11-25, 11:30 in Shanghai: 刘洋 carries the lunches
const ROUND = new Date('2026-11-25T03:30:00Z');
const carrier = member({ id: 'm-liu', name: '刘洋', role: 'volunteer', householdId: null });
const session: SessionInfo = { user: { ...carrier, phone: '13800000005' }, communityIds: ['lingyun'] };

function stop(id: string, dinerName: string, building: string, floor: number, room: string): MealDelivery {
  return {
    id, slotId: 's-wed-lunch', canteenId: 'c-chuxin', communityId: 'lingyun', date: '2026-11-25', meal: 'lunch', dinerName,
    building, floor, room, deliveredAt: null, deliveredByName: null,
  };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('DeliveryScreen', () => {
  it('lists the round by building and floor and marks a meal delivered on the phone, without signal', async () => {
    vi.useFakeTimers({ now: ROUND, toFake: ['Date'] });
    const db = openAppDb(`delivery-${crypto.randomUUID()}`);
    await setMeta(db, 'session', session);
    await db.canteen.put(canteen());
    await db.member.put(carrier);
    await db.mealDelivery.bulkPut([stop('b1', '王秀英', '5栋', 3, '1单元302'), stop('b2', '吴德福', '5栋', 1, '1单元101'), stop('b3', '钱宝根', '12栋', 2, '201')]);
    render(<DeliveryScreen db={db} session={session} />);
    const five = await screen.findByRole('region', { name: '5栋' });
    expect(within(five).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['1 楼', '3 楼']);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['5栋', '12栋']);
    expect(screen.getByText('共 3 份，已送 0 份')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '已送到 王秀英' }));
    expect(await screen.findByText(/已送到：刘洋 11:30/)).toBeTruthy();
    expect(await screen.findByText('已存在手机上，还没送到社区')).toBeTruthy();
    expect(await db.outbox.toArray()).toMatchObject([{ name: 'markMealDelivered', args: { bookingId: 'b1' }, state: 'pending' }]);
    expect(screen.getByText('共 3 份，已送 1 份')).toBeTruthy();
    db.close();
  });
});
