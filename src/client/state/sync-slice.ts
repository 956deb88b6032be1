import type { StateCreator } from 'zustand/vanilla';

/** What the sync engine last reported, mirrored for the header. */
export interface SyncStatusView {
  online: boolean;
  syncing: boolean;
  pending: number;
  lastSyncedAt: string | null;
  lastError: string | null;
}

/** The sync status mirror: the engine writes it, the header reads it. */
export interface SyncSlice {
  sync: SyncStatusView;
  setSyncStatus: (status: SyncStatusView) => void;
}

/** Status shown before the engine has reported anything. */
export const INITIAL_SYNC_STATUS: SyncStatusView = {
  online: true,
  syncing: false,
  pending: 0,
  lastSyncedAt: null,
  lastError: null,
};

/** Builds the sync-status slice of the app store. */
export const createSyncSlice: StateCreator<SyncSlice, [], [], SyncSlice> = (set) => ({
  sync: INITIAL_SYNC_STATUS,
  setSyncStatus: (sync) => set({ sync }),
});
