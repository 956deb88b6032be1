import { useEffect, useState } from 'preact/hooks';
import type { ComponentType, JSX } from 'preact';

/**
 * A component whose code loads the first time it is shown, for parts of a screen that most visits
 * never open (the login screen for someone logged in, the booking panel before a tap). Offline the
 * chunk comes from the service worker's precache. `fallback` stands in while it loads, and says
 * so if it cannot (failed = true).
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (failed: boolean) => JSX.Element | null,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyComponent(props: P) {
    const [View, setView] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (View) return;
      load()
        .then((component) => {
          loaded = component;
          setView(() => component);
        })
        .catch((error: unknown) => {
          console.error('could not load part of the screen', error);
          setFailed(true);
        });
    }, []);
    return View ? <View {...props} /> : fallback(failed);
  };
}
