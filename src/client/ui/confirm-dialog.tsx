import { useEffect, useState } from 'preact/hooks';
import type { ComponentType, JSX } from 'preact';
import type { ConfirmRequest } from './confirm-dialog-view';

export type { ConfirmRequest };

type DialogView = ComponentType<{ request: ConfirmRequest; onAnswer: (confirmed: boolean) => void }>;
let loadedView: DialogView | null = null;
let loadingView: Promise<DialogView> | null = null;

/** The dialog's code, fetched once; a failed fetch is tried again at the next question. */
function loadView(): Promise<DialogView> {
  loadingView ??= import('./confirm-dialog-view').then((m) => (loadedView = m.ConfirmDialog));
  loadingView.catch(() => (loadingView = null));
  return loadingView;
}

/** The dialog's code loads after the screen that may ask (see useConfirm), not with the first screen. */
function LazyDialog(props: { request: ConfirmRequest; onAnswer: (confirmed: boolean) => void }) {
  const [View, setView] = useState<DialogView | null>(() => loadedView);
  useEffect(() => {
    if (View) return;
    loadView()
      .then((view) => setView(() => view))
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
  // fetch the dialog once the screen that may ask is up, so asking works when the signal has gone
  useEffect(() => {
    loadView().catch((error: unknown) => console.warn('could not load part of the screen', error));
  }, []);
  const ask = (request: ConfirmRequest) => new Promise<boolean>((resolve) => setPending({ request, resolve }));
  const answer = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  return { ask, dialog: pending ? <LazyDialog request={pending.request} onAnswer={answer} /> : null };
}
