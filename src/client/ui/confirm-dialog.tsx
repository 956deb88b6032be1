import { useEffect, useState } from 'preact/hooks';
import type { ComponentType, JSX } from 'preact';

import type { ConfirmRequest } from './confirm-dialog-view';

export type { ConfirmRequest };

type DialogView = ComponentType<{ request: ConfirmRequest; onAnswer: (confirmed: boolean) => void }>;
let loadedView: DialogView | null = null;

/** The dialog's code loads on the first question, not with the first screen; offline it comes from the precache. */
function LazyDialog(props: { request: ConfirmRequest; onAnswer: (confirmed: boolean) => void }) {
  const [View, setView] = useState<DialogView | null>(() => loadedView);
  useEffect(() => {
    if (View) return;
    import('./confirm-dialog-view')
      .then((m) => {
        loadedView = m.ConfirmDialog;
        setView(() => m.ConfirmDialog);
      })
      // without the dialog nothing may be destroyed: the safe answer
      .catch(() => props.onAnswer(false));
  }, []);
  return View ? <View {...props} /> : null;
}

/**
 * A confirmation a screen can await: `if (await confirm.ask({...})) cancel()`. Render
 * `confirm.dialog` somewhere in the screen; it is null while nothing is being asked.
 */
export function useConfirm(): { ask: (request: ConfirmRequest) => Promise<boolean>; dialog: JSX.Element | null } {
  const [pending, setPending] = useState<{ request: ConfirmRequest; resolve: (ok: boolean) => void } | null>(null);
  const ask = (request: ConfirmRequest) => new Promise<boolean>((resolve) => setPending({ request, resolve }));
  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  return { ask, dialog: pending ? <LazyDialog request={pending.request} onAnswer={answer} /> : null };
}
