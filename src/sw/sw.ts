/**
 * The service worker: wiring only. The app shell (every built asset) is precached so the app
 * opens without signal; navigations get the precached index.html; /api/ is never touched, so
 * API calls always reach the network and their data lives in IndexedDB, not in a cache. Dish
 * photos are kept once seen: each is named by its hash and never changes.
 *
 * A new version waits until the resident taps 有新版本，点此更新 (see sw-bridge): a page open
 * during a deploy keeps being served by this worker, whose precached chunks stay in the cache
 * until the new worker activates, so screens the page has not opened yet still load.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { clientsClaim } from 'workbox-core';
import { SKIP_WAITING } from '../shared/sw-messages';

declare const self: ServiceWorkerGlobalScope;

const API_PATHS = [/^\/api\//];

// the previous version's entries are removed on activate, never on install
precacheAndRoute(self.__WB_MANIFEST);
// runs on activate too, and only drops caches of older Workbox releases
cleanupOutdatedCaches();

// every in-app path (/, /bookings, /login …) opens the app shell, offline too
const serveAppShell = createHandlerBoundToURL('index.html');
registerRoute(new NavigationRoute(serveAppShell, { denylist: API_PATHS }));

// dish photos: from the cache once fetched (a menu shows its photos offline); a few weeks of
// menus' worth, the oldest dropped first, and given up if the phone runs short of storage
const DISH_PHOTOS = /^\/media\/dish-photos\/[0-9a-f]{64}\.jpg$/;
const keepDishPhotos = new CacheFirst({
  cacheName: 'dish-photos',
  plugins: [new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true })],
});
registerRoute(({ url, sameOrigin }) => sameOrigin && DISH_PHOTOS.test(url.pathname), keepDishPhotos);

// take over only when the page asks, after the resident tapped the update banner
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING) void self.skipWaiting();
});
// the first version controls the page at once; later ones do after skipWaiting
clientsClaim();
