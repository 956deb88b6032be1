import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { BookingList, type BookingRowView } from '../../../../src/client/features/canteen/booking-list';

afterEach(cleanup);

const ROW: BookingRowView = {
  id: 'b1',
  date: '2026-11-26',
  meal: 'dinner',
  canteenName: '站南爱老公益食堂',
  dinerName: '王秀英',
  mode: 'delivery',
  price: '助老价 ¥12.00',
  ticketCode: '482913',
  served: null,
  standing: false,
  syncState: 'pending',
  canCancel: true,
};

describe('BookingList', () => {
  it('shows date, meal, canteen, diner, mode, price and state', () => {
    render(<BookingList rows={[ROW]} onCancel={vi.fn()} />);
    expect(screen.getByRole('heading', { name: '11月26日 周四 晚餐' })).toBeTruthy();
    for (const text of ['站南爱老公益食堂', '王秀英', '送餐', '助老价 ¥12.00', '已存在手机上，还没送到社区']) expect(screen.getByText(text)).toBeTruthy();
  });

  it('cancels before the cut-off only', () => {
    const onCancel = vi.fn();
    render(<BookingList rows={[ROW, { ...ROW, id: 'b2', syncState: 'confirmed', canCancel: false }]} onCancel={onCancel} />);
    const buttons = screen.getAllByRole('button', { name: '取消预订' });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]!);
    expect(onCancel).toHaveBeenCalledWith('b1');
    expect(screen.getByText('已预订')).toBeTruthy();
  });

  it('shows the 取餐码, a standing order\'s booking, and once served the charged price instead of the state', () => {
    render(<BookingList rows={[{ ...ROW, price: '实收 ¥12.60（420 克）', served: '已取餐 12:05', standing: true, canCancel: false }]} onCancel={vi.fn()} />);
    for (const text of ['482913', '实收 ¥12.60（420 克）', '已取餐 12:05', '长期订餐自动预订']) expect(screen.getByText(text)).toBeTruthy();
    expect(screen.queryByText('已存在手机上，还没送到社区')).toBeNull();
  });

  it('says on the booking itself why a cancel was refused', () => {
    render(<BookingList rows={[{ ...ROW, error: '已经过了截止时间，没能办成。' }, { ...ROW, id: 'b2' }]} onCancel={vi.fn()} />);
    const [refused, other] = screen.getAllByRole('listitem');
    expect(within(refused!).getByRole('alert').textContent).toBe('已经过了截止时间，没能办成。');
    expect(within(other!).queryByRole('alert')).toBeNull();
  });

  it('says so when there is nothing booked', () => {
    render(<BookingList rows={[]} onCancel={vi.fn()} />);
    expect(screen.getByText('您还没有预订。')).toBeTruthy();
  });
});
