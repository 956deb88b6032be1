/**
 * Keeps the browser's offer to install the app (Chrome's `beforeinstallprompt`), which fires once,
 * early, so it is caught from the start and shown later as our own button.
 */

/** The part of Chrome's BeforeInstallPromptEvent the app uses (not in TypeScript's DOM types). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let offer: BeforeInstallPromptEvent | null = null;
const listeners = new Set<() => void>();

function setOffer(next: BeforeInstallPromptEvent | null): void {
  offer = next;
  for (const listener of [...listeners]) listener();
}

/** Starts keeping the install offer; call once, before the first screen renders. */
export function captureInstallPrompt(): void {
  addEventListener('beforeinstallprompt', (event) => {
    // our button offers it in words; not the browser's own bar
    event.preventDefault();
    setOffer(event as BeforeInstallPromptEvent);
  });
  addEventListener('appinstalled', () => setOffer(null));
}

/** Whether the browser offers to install the app now. */
export function canInstall(): boolean {
  return offer !== null;
}

/** Calls `listener` when the offer comes or goes; returns the unsubscribe. */
export function onInstallOfferChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the browser's install dialog; an offer can be used once, whatever the answer. */
export async function promptInstall(): Promise<boolean> {
  const current = offer;
  if (!current) return false;
  setOffer(null);
  await current.prompt();
  return (await current.userChoice).outcome === 'accepted';
}
