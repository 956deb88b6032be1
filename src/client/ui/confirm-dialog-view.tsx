import { useEffect, useRef } from 'preact/hooks';
import type { JSX } from 'preact';
import { Button } from './button';

/** What a confirmation asks: a title, one sentence on what will happen, and the two choices' words. */
export interface ConfirmRequest {
  title: string;
  message: string;
  /** The destructive choice, e.g. 取消预订. */
  confirmLabel: string;
  /** The safe choice, e.g. 不取消，保留预订. */
  keepLabel: string;
}

/**
 * Asks before anything destructive. The safe choice comes first and has the focus, so a tap by
 * mistake or Escape keeps things as they are; the destructive one is plainly worded. It sits over
 * the page as a modal alert dialog and gives the focus back where it was when it closes.
 */
export function ConfirmDialog({ request, onAnswer }: { request: ConfirmRequest; onAnswer: (confirmed: boolean) => void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    keep.current?.focus();
    return () => before?.focus?.();
  }, []);
  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') onAnswer(false);
    // keep the focus inside the dialog: the page behind cannot be reached while it asks
    if (e.key === 'Tab') {
      const buttons = [...e.currentTarget.querySelectorAll('button')];
      const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = buttons[(i + (e.shiftKey ? buttons.length - 1 : 1)) % buttons.length];
      e.preventDefault();
      next?.focus();
    }
  };
  return (
    <div class="dialog-backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-message" onKeyDown={onKeyDown}>
        <h2 id="confirm-title">{request.title}</h2>
        <p id="confirm-message">{request.message}</p>
        <div class="dialog-actions">
          <button ref={keep} type="button" class="btn btn-primary" onClick={() => onAnswer(false)}>{request.keepLabel}</button>
          <Button kind="danger" onClick={() => onAnswer(true)}>{request.confirmLabel}</Button>
        </div>
      </div>
    </div>
  );
}
