import type { StateCreator } from 'zustand/vanilla';
import { applyDisplayPrefs, clampStep, loadDisplayPrefs, saveDisplayPrefs, type DisplayPrefs } from '../display/display-prefs';

/** The display choices and the actions that change, store and apply them together. */
export interface DisplaySlice {
  display: DisplayPrefs;
  setElderMode: (on: boolean) => void;
  setTextStep: (step: number) => void;
  setHighContrast: (on: boolean) => void;
  /** "Not now" to the first-start offer of elder mode: it is not offered again. */
  declineElderOffer: () => void;
}

/** Builds the display slice, starting from what this phone stored. */
export const createDisplaySlice: StateCreator<DisplaySlice, [], [], DisplaySlice> = (set, get) => {
  const change = (patch: Partial<DisplayPrefs>) => {
    const next = { ...get().display, ...patch };
    const display = { ...next, textStep: clampStep(next.textStep, next.elderMode) };
    saveDisplayPrefs(display);
    if (typeof document !== 'undefined') applyDisplayPrefs(display);
    set({ display });
  };
  return {
    display: loadDisplayPrefs(),
    // turning elder mode on answers the first-start offer too
    setElderMode: (elderMode) => change({ elderMode, elderOfferAnswered: true }),
    setTextStep: (textStep) => change({ textStep }),
    setHighContrast: (highContrast) => change({ highContrast }),
    declineElderOffer: () => change({ elderOfferAnswered: true }),
  };
};
