/**
 * Messages between the page and the service worker. SKIP_WAITING is the one workbox-window's
 * `messageSkipWaiting()` posts: the resident chose to switch to the waiting version.
 */
export const SKIP_WAITING = 'SKIP_WAITING';
