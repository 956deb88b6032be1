import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { BookingPanel, type BookingPanelProps } from '../../../../src/client/features/canteen/booking-panel';
import { canteen, member, MOTHER, slot } from '../fixtures';

afterEach(cleanup);

function renderPanel(overrides: Partial<BookingPanelProps> = {}) {
  const props: BookingPanelProps = {
    slot: slot(),
    canteen: canteen(),
    diners: [member(), MOTHER],
    selfId: 'm-li',
    error: null,
    onConfirm: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  render(<BookingPanel {...props} />);
  return props;
}

describe('BookingPanel', () => {
  it('is titled with the date and meal', () => {
    renderPanel();
    expect(screen.getByRole('dialog', { name: '预订 11月25日 周三 午餐' })).toBeTruthy();
  });

  it('lists the user and household members, each with their price', () => {
    renderPanel();
    const who = screen.getByRole('group', { name: '谁来吃' });
    expect(within(who).getByRole('radio', { name: /我自己（李建国）/ })).toBeTruthy();
    expect(within(who).getByRole('radio', { name: /王秀英/ })).toBeTruthy();
    expect(within(who).getByText('助老价 ¥12.00')).toBeTruthy();
  });

  it('offers only the modes the slot has', () => {
    renderPanel();
    const how = screen.getByRole('group', { name: '用餐方式' });
    expect(within(how).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(['堂食', '自取']);
    expect(screen.queryByRole('radio', { name: '送餐' })).toBeNull();
  });

  it('offers delivery only to a diner old enough for it', () => {
    renderPanel({ slot: slot({ modes: ['dineIn', 'pickup', 'delivery'] }) });
    // the user (born 1990) is chosen first: no delivery for them
    expect(screen.queryByRole('radio', { name: '送餐' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /王秀英/ }));
    expect(screen.getByRole('radio', { name: '送餐' })).toBeTruthy();
  });

  it('says why a delivery-only meal cannot be booked for a younger diner', () => {
    renderPanel({ slot: slot({ modes: ['delivery'] }) });
    expect(screen.getByText('这一餐只能送餐，送餐只为 80 岁以上的老人提供。')).toBeTruthy();
    expect((screen.getByRole('button', { name: '确认预订' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('confirms with the chosen diner and mode', () => {
    const props = renderPanel({ slot: slot({ modes: ['dineIn', 'pickup', 'delivery'] }) });
    fireEvent.click(screen.getByRole('radio', { name: /王秀英/ }));
    fireEvent.click(screen.getByRole('radio', { name: '送餐' }));
    fireEvent.click(screen.getByRole('button', { name: '确认预订' }));
    expect(props.onConfirm).toHaveBeenCalledWith({ dinerId: 'm-wang', mode: 'delivery' });
  });

  it('shows why the last attempt was refused', () => {
    renderPanel({ error: '这一餐已经订满了，没能为您预订。' });
    expect(screen.getByRole('alert').textContent).toBe('这一餐已经订满了，没能为您预订。');
  });

  it('closes with 关闭', () => {
    const props = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(props.onClose).toHaveBeenCalledOnce();
  });
});
