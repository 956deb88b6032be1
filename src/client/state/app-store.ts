import { createStore } from 'zustand/vanilla';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createSyncSlice, type SyncSlice } from './sync-slice';
import { createDisplaySlice, type DisplaySlice } from './display-slice';
import { createLanguageSlice, type LanguageSlice } from './language-slice';

/** Everything the UI keeps outside IndexedDB: choices on screen, how it is shown and in which language, and the sync status mirror. */
export type AppState = UiSlice & SyncSlice & DisplaySlice & LanguageSlice;

/** Builds a fresh store; tests build their own so no state leaks between them. */
export function createAppStore() {
  return createStore<AppState>()((...a) => ({ ...createUiSlice(...a), ...createSyncSlice(...a), ...createDisplaySlice(...a), ...createLanguageSlice(...a) }));
}

/** The store of the running app. */
export const appStore = createAppStore();

/** The store type, for components that receive a store. */
export type AppStore = ReturnType<typeof createAppStore>;
