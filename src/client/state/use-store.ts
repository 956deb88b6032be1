import { useEffect, useState } from 'preact/hooks';
import { appStore } from './app-store';
import type { AppState } from './app-store';

/**
 * Reads a slice of the app store and re-renders when it changes. zustand's own hook imports
 * React, so this small Preact hook subscribes to the vanilla store instead.
 */
export function useAppStore<T>(selector: (state: AppState) => T, store = appStore): T {
  const [value, setValue] = useState(() => selector(store.getState()));
  useEffect(() => {
    // pick up a change made between the first render and this subscription
    setValue(() => selector(store.getState()));
    return store.subscribe((state) => setValue(() => selector(state)));
    // the selector is expected to be stable in meaning; re-subscribing on each render is wasteful
  }, [store]);
  return value;
}
