import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import { appStore } from './app-store';
import type { AppState } from './app-store';

/** Reads a slice of the app store and re-renders when it changes. */
export function useAppStore<T>(selector: (state: AppState) => T, store: StoreApi<AppState> = appStore): T {
  return useStore(store, selector);
}

/**
 * Reads a slice of any vanilla zustand store (the app's, or a service's own) and re-renders when
 * it changes. zustand's own hook imports React, so this small Preact hook subscribes instead.
 */
export function useStore<S, T>(store: StoreApi<S>, selector: (state: S) => T): T {
  const [value, setValue] = useState(() => selector(store.getState()));
  useEffect(() => {
    // pick up a change made between the first render and this subscription
    setValue(() => selector(store.getState()));
    return store.subscribe((state) => setValue(() => selector(state)));
    // the selector is expected to be stable in meaning; re-subscribing on each render is wasteful
  }, [store]);
  return value;
}
