import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { WeekMenu, type DayView } from '../../../../src/client/features/canteen/week-menu';
import { WeekSwitch } from '../../../../src/client/features/canteen/week-switch';
import { canteen, DISHES, member, NOW, slot } from '../fixtures';
import { fireEvent } from '@testing-library/preact';

afterEach(cleanup);

function day(date: string, isToday: boolean, withMeal = true): DayView {
  const meals = withMeal
    ? [{ slot: slot({ id: `s-${date}`, date }), canteen: canteen(), dishes: DISHES, viewer: member(), bookings: [], canBookMore: true, now: NOW, onBook: vi.fn(), onCancel: vi.fn() }]
    : [];
  return { date, isToday, meals };
}

describe('WeekMenu', () => {
  it('heads each served date in Chinese and marks today', () => {
    render(<WeekMenu days={[day('2026-11-23', true), day('2026-11-25', false), day('2026-11-29', false, false)]} panelFor={() => null} />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['11月23日 周一今天', '11月25日 周三']);
    expect(screen.getByText('今天')).toBeTruthy();
  });

  it('says so when the week has no menu yet', () => {
    render(<WeekMenu days={[day('2026-11-30', false, false)]} panelFor={() => null} />);
    expect(screen.getByText('这一周还没有公布菜单。')).toBeTruthy();
  });
});

describe('WeekSwitch', () => {
  it('switches between 本周 and 下周', () => {
    const onChange = vi.fn();
    render(<WeekSwitch offset={0} onChange={onChange} />);
    expect(screen.getByRole('button', { name: '本周' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '下周' }));
    expect(onChange).toHaveBeenCalledWith(1);
  });
});
