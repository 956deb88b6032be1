/**
 * The only client module that talks to the service worker. It registers /sw.js in production
 * builds only (the dev server has no precache manifest), loading workbox-window lazily so it
 * never weighs on the first screen.
 */

/** Registers the service worker once the page has loaded; a new version activates on its own. */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js', { scope: '/' });
  try {
    await wb.register();
  } catch (error) {
    // the app works without the service worker, only not offline after a reload
    console.warn('service worker registration failed', error);
  }
}
