/**
 * The only client module that talks to the service worker. It registers /sw.js in production
 * builds only (the dev server has no precache manifest). It and workbox-window load after the
 * page (see main.tsx), so they never weigh on the first screen.
 *
 * A new version never takes over by itself: it waits, the bridge says so (onUpdateWaiting), and
 * only the resident's tap (applyUpdate) switches and reloads. Queued work lives in IndexedDB,
 * which an update leaves alone, so the new version opens with it.
 */
import { Workbox } from 'workbox-window';

/** How often an open app asks the server whether a new version is out. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let workbox: Workbox | null = null;
let updateWaiting = false;
const waitingListeners = new Set<() => void>();

function announceWaiting(): void {
  updateWaiting = true;
  for (const listener of [...waitingListeners]) listener();
}

/** Calls `listener` once a new version is waiting (at once if one already is); returns the unsubscribe. */
export function onUpdateWaiting(listener: () => void): () => void {
  waitingListeners.add(listener);
  if (updateWaiting) listener();
  return () => waitingListeners.delete(listener);
}

/**
 * Switches to the waiting version and reloads this tab once it controls the page. If another tab
 * already switched, this one reloads at once.
 */
export function applyUpdate(): void {
  const wb = workbox;
  if (!wb) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  void wb.getSW().then(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (registration?.waiting) wb.messageSkipWaiting();
    else location.reload();
  });
}

/** Registers the service worker once the page has loaded and checks for new versions now and then. */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  workbox = wb;
  // also fires for a version that was already waiting when the page opened
  wb.addEventListener('waiting', announceWaiting);
  try {
    await wb.register();
  } catch (error) {
    // the app works without the service worker, only not offline after a reload
    console.warn('service worker registration failed', error);
    return;
  }
  // an app left open for days (a phone on the kitchen table) still hears of new versions
  const check = () => void wb.update().catch((error: unknown) => console.warn('update check failed', error));
  setInterval(check, UPDATE_CHECK_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}
