/**
 * The service worker: wiring only. The app shell (every built asset) is precached so the app
 * opens without signal; navigations get the precached index.html; /api/ is never touched, so
 * API calls always reach the network and their data lives in IndexedDB, not in a cache.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope;

const API_PATHS = [/^\/api\//];

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// every in-app path (/, /bookings, /login …) opens the app shell, offline too
const serveAppShell = createHandlerBoundToURL('index.html');
registerRoute(new NavigationRoute(serveAppShell, { denylist: API_PATHS }));

// a new version takes over at once: the app's state is in IndexedDB, not in the page
self.addEventListener('install', () => void self.skipWaiting());
clientsClaim();
