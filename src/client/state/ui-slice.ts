import type { StateCreator } from 'zustand/vanilla';
/** A short message shown at the bottom of the screen until closed; text comes from the catalogue. */
export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

/** Screen choices that are not data: which canteen, which week, what toasts are up. */
export interface UiSlice {
  selectedCanteenId: string | null;
  /** 0 for this week, 1 for next week. */
  weekOffset: 0 | 1;
  toasts: Toast[];
  selectCanteen: (id: string) => void;
  setWeekOffset: (offset: 0 | 1) => void;
  showToast: (toast: Omit<Toast, 'id'>) => void;
  dismissToast: (id: number) => void;
}

let nextToastId = 1;

/** Builds the UI slice of the app store. */
export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  selectedCanteenId: null,
  weekOffset: 0,
  toasts: [],
  selectCanteen: (id) => set({ selectedCanteenId: id }),
  setWeekOffset: (weekOffset) => set({ weekOffset }),
  // keep at most three toasts so an elder is never faced with a wall of messages
  showToast: (toast) => set((s) => ({ toasts: [...s.toasts, { ...toast, id: nextToastId++ }].slice(-3) })),
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((x) => x.id !== id) })),
});
