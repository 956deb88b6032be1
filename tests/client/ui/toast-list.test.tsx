import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { ToastList } from '../../../src/client/ui/toast-list';

afterEach(cleanup);

describe('ToastList', () => {
  it('keeps each toast a list item and announces its words, errors at once', () => {
    const onDismiss = vi.fn();
    render(<ToastList toasts={[{ id: 1, text: '已提交', tone: 'info' }, { id: 2, text: '没能提交', tone: 'error' }]} onDismiss={onDismiss} />);
    // a live role on the <li> itself would take it out of the list (axe-core's `list` rule)
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe('已提交');
    expect(screen.getByRole('alert').textContent).toBe('没能提交');
    fireEvent.click(screen.getAllByRole('button', { name: '关闭提示' })[1]!);
    expect(onDismiss).toHaveBeenCalledWith(2);
  });
});
