import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { ToastList, TOAST_MS } from '../../../src/client/ui/toast-list';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const INFO = { id: 1, text: '已提交', tone: 'info' } as const;

describe('ToastList', () => {
  it('keeps each toast a list item and announces its words, errors at once', () => {
    const onDismiss = vi.fn();
    render(<ToastList toasts={[INFO, { id: 2, text: '没能提交', tone: 'error' }]} onDismiss={onDismiss} />);
    // a live role on the <li> itself would take it out of the list (axe-core's `list` rule)
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe('已提交');
    expect(screen.getByRole('alert').textContent).toBe('没能提交');
    fireEvent.click(screen.getAllByRole('button', { name: '关闭提示' })[1]!);
    expect(onDismiss).toHaveBeenCalledWith(2);
  });

  it('says 关闭 in words beside the ×', () => {
    render(<ToastList toasts={[INFO]} onDismiss={vi.fn()} />);
    expect(screen.getByRole('button', { name: '关闭提示' }).textContent).toBe('× 关闭');
  });

  it('closes each toast by itself after 6 s', () => {
    const onDismiss = vi.fn();
    render(<ToastList toasts={[INFO]} onDismiss={onDismiss} />);
    vi.advanceTimersByTime(TOAST_MS - 1);
    expect(onDismiss).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onDismiss).toHaveBeenCalledExactlyOnceWith(1);
    expect(TOAST_MS).toBe(6_000);
  });

  it('stays while the mouse is on it, and closes 6 s after it leaves', () => {
    const onDismiss = vi.fn();
    render(<ToastList toasts={[INFO]} onDismiss={onDismiss} />);
    vi.advanceTimersByTime(5_000);
    fireEvent.mouseEnter(screen.getByRole('listitem'));
    vi.advanceTimersByTime(60_000);
    expect(onDismiss).not.toHaveBeenCalled();
    fireEvent.mouseLeave(screen.getByRole('listitem'));
    vi.advanceTimersByTime(TOAST_MS - 1);
    expect(onDismiss).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onDismiss).toHaveBeenCalledWith(1);
  });

  it('stays while the keyboard is on its button, and closes 6 s after the focus leaves', () => {
    const onDismiss = vi.fn();
    render(<ToastList toasts={[INFO]} onDismiss={onDismiss} />);
    const close = screen.getByRole('button', { name: '关闭提示' });
    act(() => close.focus());
    vi.advanceTimersByTime(60_000);
    expect(onDismiss).not.toHaveBeenCalled();
    act(() => close.blur());
    vi.advanceTimersByTime(TOAST_MS);
    expect(onDismiss).toHaveBeenCalledWith(1);
  });

  it('gives a later toast its own 6 s, not what is left of an earlier one', () => {
    const onDismiss = vi.fn();
    const { rerender } = render(<ToastList toasts={[INFO]} onDismiss={onDismiss} />);
    vi.advanceTimersByTime(4_000);
    rerender(<ToastList toasts={[INFO, { id: 2, text: '已取消', tone: 'info' }]} onDismiss={onDismiss} />);
    vi.advanceTimersByTime(2_000);
    expect(onDismiss.mock.calls).toEqual([[1]]);
    vi.advanceTimersByTime(4_000);
    expect(onDismiss.mock.calls).toEqual([[1], [2]]);
  });
});
