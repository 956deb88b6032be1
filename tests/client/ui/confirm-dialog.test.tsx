import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useConfirm } from '../../../src/client/ui/confirm-dialog';
import { ConfirmDialog } from '../../../src/client/ui/confirm-dialog-view';

afterEach(cleanup);

const request = { title: '取消这一餐？', message: '取消后座位会让给别人。', confirmLabel: '取消预订', keepLabel: '不取消，保留预订' };

describe('ConfirmDialog', () => {
  it('is an alert dialog that says what will happen, with the safe choice first and focused', () => {
    render(<ConfirmDialog request={request} onAnswer={vi.fn()} />);
    const dialog = screen.getByRole('alertdialog', { name: '取消这一餐？' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByText('取消后座位会让给别人。')).toBeTruthy();
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons).toEqual(['不取消，保留预订', '取消预订']);
    expect(document.activeElement?.textContent).toBe('不取消，保留预订');
  });

  it('answers no to Escape and to the safe choice, yes only to the destructive one', () => {
    const onAnswer = vi.fn();
    render(<ConfirmDialog request={request} onAnswer={onAnswer} />);
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: '不取消，保留预订' }));
    fireEvent.click(screen.getByRole('button', { name: '取消预订' }));
    expect(onAnswer.mock.calls).toEqual([[false], [false], [true]]);
  });

  it('keeps Tab inside the dialog', () => {
    render(<ConfirmDialog request={request} onAnswer={vi.fn()} />);
    const dialog = screen.getByRole('alertdialog');
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement?.textContent).toBe('取消预订');
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement?.textContent).toBe('不取消，保留预订');
  });
});

describe('useConfirm', () => {
  function Screen({ onDone }: { onDone: (ok: boolean) => void }) {
    const confirm = useConfirm();
    return (
      <>
        <button type="button" onClick={async () => onDone(await confirm.ask(request))}>取消</button>
        {confirm.dialog}
      </>
    );
  }

  it('resolves with the answer and closes the dialog', async () => {
    const onDone = vi.fn();
    render(<Screen onDone={onDone} />);
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    fireEvent.click(await screen.findByRole('button', { name: '不取消，保留预订' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(false));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    fireEvent.click(await screen.findByRole('button', { name: '取消预订' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenLastCalledWith(true));
  });
});
