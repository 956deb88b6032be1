import { describe, expect, it } from 'vitest';
import { applyDisplayPrefs, clampStep, DEFAULT_DISPLAY, loadDisplayPrefs, saveDisplayPrefs, TEXT_STEPS } from '../../../src/client/display/display-prefs';
import { createAppStore } from '../../../src/client/state/app-store';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('display preferences', () => {
  it('starts from the defaults and survives a damaged entry', () => {
    expect(loadDisplayPrefs(memoryStorage())).toEqual(DEFAULT_DISPLAY);
    expect(loadDisplayPrefs(memoryStorage({ 'linlitong-display': '{oops' }))).toEqual(DEFAULT_DISPLAY);
  });

  it('stores and reads back what was chosen', () => {
    const storage = memoryStorage();
    saveDisplayPrefs({ elderMode: true, textStep: 4, highContrast: true, elderOfferAnswered: true }, storage);
    expect(loadDisplayPrefs(storage)).toEqual({ elderMode: true, textStep: 4, highContrast: true, elderOfferAnswered: true });
  });

  it('keeps elder mode at 20 px or more, and the largest step at 32 px (200 %)', () => {
    expect(clampStep(0, true)).toBe(1);
    expect(clampStep(0, false)).toBe(0);
    expect(clampStep(99, false)).toBe(TEXT_STEPS.length - 1);
    expect((TEXT_STEPS[1] / 100) * 16).toBeGreaterThanOrEqual(20);
    expect((TEXT_STEPS[4] / 100) * 16).toBeGreaterThanOrEqual(30);
    expect((TEXT_STEPS[0] / 100) * 16).toBeGreaterThanOrEqual(18);
  });

  it('applies the root size and the mode switches to the page', () => {
    const root = document.createElement('html');
    applyDisplayPrefs({ elderMode: true, textStep: 0, highContrast: true, elderOfferAnswered: true }, root);
    expect(root.style.fontSize).toBe('125%');
    expect(root.hasAttribute('data-elder')).toBe(true);
    expect(root.hasAttribute('data-contrast-high')).toBe(true);
    applyDisplayPrefs(DEFAULT_DISPLAY, root);
    expect(root.style.fontSize).toBe('112.5%');
    expect(root.hasAttribute('data-elder')).toBe(false);
  });

  it('turning elder mode on lifts the text size, answers the offer, and is stored', () => {
    localStorage.clear();
    const store = createAppStore();
    store.getState().setElderMode(true);
    expect(store.getState().display).toMatchObject({ elderMode: true, textStep: 1, elderOfferAnswered: true });
    expect(document.documentElement.style.fontSize).toBe('125%');
    expect(loadDisplayPrefs()).toMatchObject({ elderMode: true });
    store.getState().setElderMode(false);
    store.getState().setTextStep(0);
    expect(document.documentElement.style.fontSize).toBe('112.5%');
    localStorage.clear();
  });
});
