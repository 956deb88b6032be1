import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { HoursView, type HoursTask } from '../../../../src/client/features/help/hours-view';

afterEach(cleanup);

const task = (overrides: Partial<HoursTask>): HoursTask => ({
  id: 'r1', kindName: '代买菜', window: '2026-11-25 15:00–16:00', minutes: 45, hoursConfirmed: false, syncState: 'confirmed', ...overrides,
});

describe('HoursView', () => {
  it('counts each task in half-hour steps, rounding up, and marks confirmed hours', () => {
    render(<HoursView tasks={[
      task({ id: 'a', minutes: 45, hoursConfirmed: true }),
      task({ id: 'b', kindName: '代缴水电费', window: '2026-11-24 09:00–10:00', minutes: 20 }),
      task({ id: 'c', kindName: '上门理发/修甲', window: '2026-11-23 14:00–15:00', minutes: 61, syncState: 'pending' }),
    ]} />);
    // 45 → 1 h, 20 → 0.5 h, 61 → 1.5 h
    expect(screen.getByTestId('help-hours-total').textContent).toBe('累计服务 3 小时（已确认 1 小时）');
    expect(screen.getByText('每次服务按半小时向上取整计算。')).toBeTruthy();
    const first = screen.getByRole('listitem', { name: '代买菜 2026-11-25 15:00–16:00' });
    expect(first.textContent).toContain('45 分钟，计 1 小时');
    expect(within(first).getByText('时长已确认')).toBeTruthy();
    const second = screen.getByRole('listitem', { name: '代缴水电费 2026-11-24 09:00–10:00' });
    expect(second.textContent).toContain('20 分钟，计 0.5 小时');
    expect(within(second).queryByText('时长已确认')).toBeNull();
    const third = screen.getByRole('listitem', { name: '上门理发/修甲 2026-11-23 14:00–15:00' });
    expect(third.textContent).toContain('61 分钟，计 1.5 小时');
    expect(within(third).getByText('已存在手机上，还没送到社区')).toBeTruthy();
  });

  it('says so when nothing is done yet', () => {
    render(<HoursView tasks={[]} />);
    expect(screen.getByTestId('help-hours-total').textContent).toBe('累计服务 0 小时（已确认 0 小时）');
    expect(screen.getByText('现在没有。')).toBeTruthy();
  });
});
