import { createStore } from 'zustand/vanilla';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createSyncSlice, type SyncSlice } from './sync-slice';

/** Everything the UI keeps outside IndexedDB: choices on screen and the sync status mirror. */
export type AppState = UiSlice & SyncSlice;

/** Builds a fresh store; tests build their own so no state leaks between them. */
export function createAppStore() {
  return createStore<AppState>()((...a) => ({ ...createUiSlice(...a), ...createSyncSlice(...a) }));
}

/** The store of the running app. */
export const appStore = createAppStore();

/** The store type, for components that receive a store. */
export type AppStore = ReturnType<typeof createAppStore>;
