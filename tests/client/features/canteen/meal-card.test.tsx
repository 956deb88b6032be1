import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { MealCard, type MealCardProps } from '../../../../src/client/features/canteen/meal-card';
import { canteen, DISHES, member, MOTHER, NOW, slot } from '../fixtures';

afterEach(cleanup);

function renderCard(overrides: Partial<MealCardProps> = {}) {
  const props: MealCardProps = {
    slot: slot(),
    canteen: canteen(),
    dishes: DISHES,
    viewer: member(),
    bookings: [],
    canBookMore: true,
    now: NOW,
    onBook: vi.fn(),
    onCancel: vi.fn(),
    ...overrides,
  };
  render(<MealCard {...props} />);
  return props;
}

describe('MealCard', () => {
  it('shows the meal, its dishes with tag chips, seats left and the cut-off', () => {
    renderCard();
    expect(screen.getByRole('heading', { name: /午餐$/ })).toBeTruthy();
    expect(screen.getByText('肉末豆腐')).toBeTruthy();
    expect(screen.getByText('软食')).toBeTruthy();
    expect(screen.getByText('低盐')).toBeTruthy();
    expect(screen.getByText('剩余 12 座')).toBeTruthy();
    expect(screen.getByText('09:00 截止')).toBeTruthy();
  });

  it('prices the meal for the viewer’s tier', () => {
    renderCard();
    expect(screen.getByText('¥15.00')).toBeTruthy();
    cleanup();
    renderCard({ viewer: MOTHER });
    expect(screen.getByText('助老价 ¥12.00')).toBeTruthy();
    cleanup();
    renderCard({ viewer: member({ groups: ['newEmployment'] }) });
    expect(screen.getByText('爱心午餐 ¥9.90')).toBeTruthy();
  });

  it('gives an estimate for canteens that weigh the meal', () => {
    renderCard({ canteen: canteen({ pricing: 'weighed' }) });
    expect(screen.getByText('约 ¥15.00 · 按称重结算')).toBeTruthy();
  });

  it('shows the worker lunch as the set price it is, also where other meals are weighed', () => {
    renderCard({ canteen: canteen({ pricing: 'weighed' }), viewer: member({ groups: ['newEmployment'] }) });
    expect(screen.getByText('爱心午餐 ¥9.90')).toBeTruthy();
    expect(screen.queryByText(/按称重结算/)).toBeNull();
  });

  it('says 已订满 and offers no booking when no seat is left', () => {
    renderCard({ slot: slot({ seatsTaken: 40 }) });
    expect(screen.getByText('已订满')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '预订' })).toBeNull();
  });

  it('says 已截止 after the cut-off and offers neither booking nor cancelling', () => {
    renderCard({
      now: new Date('2026-11-25T01:00:00Z'),
      bookings: [{ id: 'b1', dinerName: '李建国', syncState: 'confirmed' }],
    });
    expect(screen.getByText('已截止')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '预订' })).toBeNull();
    expect(screen.queryByRole('button', { name: /取消预订/ })).toBeNull();
  });

  it('names a cut-off on an earlier day', () => {
    renderCard({ slot: slot({ cutoffAt: '2026-11-24T08:00:00.000Z' }) });
    expect(screen.getByText('11月24日 周二 16:00 截止')).toBeTruthy();
  });

  it('opens booking with 预订', () => {
    const props = renderCard();
    fireEvent.click(screen.getByRole('button', { name: '预订' }));
    expect(props.onBook).toHaveBeenCalledOnce();
  });

  it('shows 已预订 for a confirmed booking with 取消预订 instead of 预订', () => {
    const props = renderCard({ bookings: [{ id: 'b1', dinerName: '李建国', syncState: 'confirmed' }], canBookMore: false });
    expect(screen.getByText('已预订')).toBeTruthy();
    expect(screen.queryByText('已存在手机上，还没送到社区')).toBeNull();
    expect(screen.queryByRole('button', { name: '预订' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /取消预订/ }));
    expect(props.onCancel).toHaveBeenCalledWith('b1');
  });

  it('says a booking still waiting is on the phone and has not reached the community to reach the server', () => {
    renderCard({ bookings: [{ id: 'b1', dinerName: '李建国', syncState: 'pending' }], canBookMore: false });
    expect(screen.getByText('已存在手机上，还没送到社区')).toBeTruthy();
    expect(screen.queryByText('已预订')).toBeNull();
  });

  it('names each diner when several of the household are booked', () => {
    renderCard({
      bookings: [
        { id: 'b1', dinerName: '李建国', syncState: 'confirmed' },
        { id: 'b2', dinerName: '王秀英', syncState: 'pending' },
      ],
      canBookMore: false,
    });
    expect(screen.getByText('王秀英：')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /取消预订/ })).toHaveLength(2);
  });
});
