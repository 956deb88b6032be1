import type { StateCreator } from 'zustand/vanilla';
import type { SyncStatus } from '../sync/sync-engine';

/** What the sync engine last reported, mirrored for the header and for screens that must not mistake "not downloaded yet" for "none". */
export type SyncStatusView = SyncStatus;

/** The sync status mirror: the engine writes it, the header reads it. */
export interface SyncSlice {
  sync: SyncStatusView;
  setSyncStatus: (status: SyncStatusView) => void;
}

/** Status shown before the engine has reported anything: nothing is known yet, so nothing is claimed. */
export const INITIAL_SYNC_STATUS: SyncStatusView = {
  online: true,
  syncing: false,
  pending: 0,
  lastSyncedAt: null,
  lastError: null,
  downloaded: null,
  received: 0,
};

/** Builds the sync-status slice of the app store. */
export const createSyncSlice: StateCreator<SyncSlice, [], [], SyncSlice> = (set) => ({
  sync: INITIAL_SYNC_STATUS,
  setSyncStatus: (sync) => set({ sync }),
});
