import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { WeekMenu, type DayView } from '../../../../src/client/features/canteen/week-menu';
import { WeekSwitch } from '../../../../src/client/features/canteen/week-switch';
import type { MealSlot } from '../../../../src/shared/canteen/meal-slot';
import { canteen, DISHES, member, NOW, slot } from '../fixtures';
import { installFakeSpeech } from '../../fake-speech';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
});

/** jsdom does not scroll: records which elements were asked to come into view. */
function watchScrolling(): string[] {
  const scrolled: string[] = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this.getAttribute('aria-labelledby') ?? '');
  };
  return scrolled;
}

/** A meal as the menu passes it to its card, at NOW (Monday 2026-11-23, 10:00 in Shanghai). */
function meal(overrides: Partial<MealSlot>) {
  return { slot: slot(overrides), canteen: canteen(), dishes: DISHES, viewer: member(), bookings: [], canBookMore: true, now: NOW, onBook: vi.fn(), onCancel: vi.fn() };
}

function day(date: string, isToday: boolean, withMeal = true): DayView {
  return { date, isToday, meals: withMeal ? [meal({ id: `s-${date}`, date })] : [] };
}

// Monday: lunch closed at 09:00, dinner full; Tuesday's lunch is the next meal one can book
const MONDAY_LUNCH = { id: 's-mon-lunch', date: '2026-11-23', cutoffAt: '2026-11-23T01:00:00.000Z' };
const MONDAY_DINNER = { id: 's-mon-dinner', date: '2026-11-23', meal: 'dinner' as const, cutoffAt: '2026-11-23T07:00:00.000Z', seatsTaken: 40 };
const TUESDAY_LUNCH = { id: 's-tue-lunch', date: '2026-11-24', cutoffAt: '2026-11-24T01:00:00.000Z' };

function week(): DayView[] {
  const dates = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'];
  return dates.map((date, i) => ({
    date,
    isToday: i === 0,
    meals: i === 0 ? [meal(MONDAY_LUNCH), meal(MONDAY_DINNER)] : i === 1 ? [meal(TUESDAY_LUNCH)] : [],
  }));
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

  it('folds meals whose booking has closed under 已过去的日子, closed, and shows them once opened', async () => {
    const { container } = render(<WeekMenu days={week()} panelFor={() => null} />);
    const fold = container.querySelector('details')!;
    expect(fold.open).toBe(false);
    expect(within(fold).queryByRole('article')).toBeNull();
    fireEvent.click(within(fold).getByText('已过去的日子（1 餐已截止）', { selector: 'summary' }));
    // Monday's lunch is in the fold, under its own heading; Monday's dinner (still open) is not
    const lunch = await within(fold).findByRole('article', { name: '11月23日 周一今天 午餐' });
    expect(lunch.textContent).toContain('已截止');
    expect(within(fold).queryByRole('article', { name: /晚餐/ })).toBeNull();
  });

  it('puts the meals one can still book first, in order, and marks the next one that has a seat 下一顿可订', () => {
    const { container } = render(<WeekMenu days={week()} panelFor={() => null} />);
    const shown = [...container.querySelectorAll('.meal-card')].filter((card) => !card.closest('details'));
    expect(shown.map((card) => card.getAttribute('aria-labelledby'))).toEqual(['day-2026-11-23 slot-s-mon-dinner', 'day-2026-11-24 slot-s-tue-lunch']);
    // Monday's dinner is full: Tuesday's lunch is the next one someone can book
    const marked = screen.getAllByText('下一顿可订');
    expect(marked).toHaveLength(1);
    expect(marked[0]!.closest('article')).toBe(screen.getByRole('article', { name: '11月24日 周二 午餐' }));
  });

  it('offers the week as day buttons: the next bookable day pressed, today current, days without meals disabled', () => {
    render(<WeekMenu days={week()} panelFor={() => null} />);
    const picker = screen.getByRole('group', { name: '选择哪一天' });
    const buttons = within(picker).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['周一 23日', '周二 24日', '周三 25日', '周四 26日', '周五 27日', '周六 28日', '周日 29日']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false', 'false', 'false', 'false', 'false']);
    expect(buttons[0]!.getAttribute('aria-current')).toBe('date');
    expect(buttons.map((b) => (b as HTMLButtonElement).disabled)).toEqual([false, false, true, true, true, true, true]);
  });

  it('brings the picked day into view and to the screen reader, opening the fold for a day gone by', () => {
    const scrolled = watchScrolling();
    const { container } = render(<WeekMenu days={week()} panelFor={() => null} />);
    const picker = screen.getByRole('group', { name: '选择哪一天' });

    fireEvent.click(within(picker).getByRole('button', { name: '周二 24日' }));
    expect(scrolled).toEqual(['day-2026-11-24']);
    expect(document.activeElement?.id).toBe('day-2026-11-24');

    // Monday has an open dinner: its day among the open ones is shown, the fold stays shut
    fireEvent.click(within(picker).getByRole('button', { name: '周一 23日' }));
    expect(scrolled.at(-1)).toBe('day-2026-11-23');
    expect(container.querySelector('details')!.open).toBe(false);
    expect(within(picker).getByRole('button', { name: '周一 23日' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('opens the fold when the picked day has only meals gone by', () => {
    const scrolled = watchScrolling();
    const days = week();
    // Monday's dinner has closed too: Monday lives in the fold only
    days[0]!.meals[1] = meal({ ...MONDAY_DINNER, cutoffAt: '2026-11-23T01:30:00.000Z' });
    const { container } = render(<WeekMenu days={days} panelFor={() => null} />);
    fireEvent.click(screen.getByRole('button', { name: '周一 23日' }));
    expect(container.querySelector('details')!.open).toBe(true);
    expect(document.activeElement?.id).toBe('past-day-2026-11-23');
    expect(scrolled).toEqual(['past-day-2026-11-23']);
  });

  it('reads a day aloud in the words of its cards: date, meals, dishes with tags, price, seats, cut-off', () => {
    const spoken = installFakeSpeech();
    document.documentElement.lang = 'zh-CN';
    render(<WeekMenu days={week()} panelFor={() => null} />);
    const tuesday = screen.getByRole('heading', { name: '11月24日 周二' }).closest('section')!;
    fireEvent.click(within(tuesday).getByRole('button', { name: '朗读' }));
    expect(spoken).toEqual([{
      text: '11月24日 周二。午餐：肉末豆腐（软食、低盐）、清蒸鲈鱼（荤菜）。¥15.00。剩余 12 座。09:00 截止。',
      lang: 'zh-CN',
    }]);
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
