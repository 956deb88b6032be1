import { useEffect, useState } from 'preact/hooks';

/** The app's screens by path; the server answers index.html for any of them. */
export const ROUTES = {
  menu: '/', bookings: '/bookings', login: '/login',
  // help on request
  help: '/help',
  // events
  events: '/events', myEvents: '/events/mine', eventWishes: '/events/wishes', eventStaff: '/events/staff',
} as const;
/** A screen's path. */
export type RoutePath = (typeof ROUTES)[keyof typeof ROUTES];

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** The current screen's path; an unknown path shows the menu. */
export function currentRoute(): RoutePath {
  const path = location.pathname;
  return (Object.values(ROUTES) as string[]).includes(path) ? (path as RoutePath) : ROUTES.menu;
}

/** Goes to a screen without reloading, adding a history entry unless `replace`. */
export function navigate(path: RoutePath, replace = false): void {
  if (location.pathname === path) return;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  notify();
}

/** The current screen's path, re-rendering on navigation and on the back button. */
export function useRoute(): RoutePath {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    listeners.add(update);
    addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

/** Click handler for in-app links: a plain click navigates; a modified click opens as usual. */
export function followLink(event: MouseEvent, path: RoutePath): void {
  // let the browser handle new-tab and new-window clicks
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(path);
}
