import { useEffect, useState } from 'preact/hooks';
import type { ComponentType, JSX } from 'preact';
import { withMessages } from '../i18n/t';

/** A component that loads its code on first use; `preload` fetches it ahead, e.g. right after the first paint. */
export type LazyComponent<P> = ComponentType<P> & { preload: () => Promise<void> };

/**
 * A component whose code stays out of the first screen's bundle, for parts of a screen the first
 * paint does not show (the login screen for someone logged in, the booking panel before a tap).
 * Call `preload` once the screen is up, so the part is in memory before the signal may go; offline
 * the chunk also comes from the service worker's precache. `fallback` stands in while it loads,
 * and says so if it cannot (failed = true).
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (failed: boolean) => JSX.Element | null,
): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const get = () => {
    // in English or Traditional Chinese, the part's words arrive before it shows
    loading ??= withMessages(load()).then((component) => (loaded = component));
    // a failed fetch (no signal, no service worker yet) is tried again at the next use
    loading.catch(() => (loading = null));
    return loading;
  };
  function Lazy(props: P) {
    const [View, setView] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (View) return;
      get()
        .then((component) => setView(() => component))
        .catch((error: unknown) => {
          console.error('could not load part of the screen', error);
          setFailed(true);
        });
    }, []);
    return View ? <View {...props} /> : fallback(failed);
  }
  return Object.assign(Lazy, {
    preload: () => get().then(() => undefined, (error: unknown) => console.warn('could not load part of the screen', error)),
  });
}
