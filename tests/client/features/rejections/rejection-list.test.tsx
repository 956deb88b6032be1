import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { RejectionList, type RejectionView } from '../../../../src/client/features/rejections/rejection-list';

afterEach(cleanup);

const FULL: RejectionView = { id: 'mut-1', code: 'SLOT_FULL', action: 'bookMeal', context: '11月27日 周五 午餐' };

describe('RejectionList', () => {
  it('says how many things could not be done, what each was and why, in plain words', () => {
    render(<RejectionList items={[FULL]} onDismiss={vi.fn()} />);
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toContain('有 1 项操作未能完成');
    expect(screen.getByText('11月27日 周五 午餐 预订：这一餐已经订满了，没能为您预订。')).toBeTruthy();
  });

  it('still explains a refusal whose meal is no longer on the phone', () => {
    render(<RejectionList items={[{ id: 'mut-2', code: 'PAST_CUTOFF', action: 'cancelBooking', context: null }]} onDismiss={vi.fn()} />);
    expect(screen.getByText('取消预订：已经过了截止时间，没能办成。')).toBeTruthy();
  });

  it('calls back with the id when 知道了 is pressed', () => {
    const onDismiss = vi.fn();
    render(<RejectionList items={[FULL, { ...FULL, id: 'mut-3', code: 'NOT_ELIGIBLE' }]} onDismiss={onDismiss} />);
    expect(screen.getByRole('alert').textContent).toContain('有 2 项操作未能完成');
    fireEvent.click(screen.getAllByRole('button', { name: '知道了' })[1]!);
    expect(onDismiss).toHaveBeenCalledWith('mut-3');
  });

  it('shows nothing when nothing was refused', () => {
    const { container } = render(<RejectionList items={[]} onDismiss={vi.fn()} />);
    expect(container.textContent).toBe('');
  });
});
