import type { StateCreator } from 'zustand/vanilla';
/** A short message shown at the bottom of the screen until closed; text comes from the catalogue. */
export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

/** Screen state that is not data and belongs to no service: what toasts are up. */
export interface UiSlice {
  toasts: Toast[];
  showToast: (toast: Omit<Toast, 'id'>) => void;
  dismissToast: (id: number) => void;
}

let nextToastId = 1;

/** Builds the UI slice of the app store. */
export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  toasts: [],
  // keep at most three toasts so an elder is never faced with a wall of messages
  showToast: (toast) => set((s) => ({ toasts: [...s.toasts, { ...toast, id: nextToastId++ }].slice(-3) })),
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((x) => x.id !== id) })),
});
