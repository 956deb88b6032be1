/**
 * How the app is shown on this phone: elder mode (长辈模式), text size (字号) and high contrast.
 * Kept in localStorage, not IndexedDB, because it must be read synchronously before the first
 * paint: an app that first draws small text and then grows would jump under an elder's finger.
 */

/** Root font sizes, as a share of the browser's own text size (16 px by default): 18, 20, 24, 28, 32 px. */
export const TEXT_STEPS = [112.5, 125, 150, 175, 200] as const;
/** The smallest step elder mode allows: body text of at least 20 px and 60 px targets (3 rem). */
export const ELDER_MIN_STEP = 1;

/** The display choices of this phone. */
export interface DisplayPrefs {
  elderMode: boolean;
  /** Index into TEXT_STEPS. */
  textStep: number;
  highContrast: boolean;
  /** False until the person has answered the first-start offer of elder mode. */
  elderOfferAnswered: boolean;
}

/** What a phone shows before anyone chose anything. */
export const DEFAULT_DISPLAY: DisplayPrefs = { elderMode: false, textStep: 0, highContrast: false, elderOfferAnswered: false };

const STORAGE_KEY = 'linlitong-display';

/** Keeps a step inside the range the mode allows. */
export function clampStep(step: number, elderMode: boolean): number {
  const min = elderMode ? ELDER_MIN_STEP : 0;
  return Math.min(TEXT_STEPS.length - 1, Math.max(min, Math.round(step)));
}

/** The stored choices, or the defaults when none (or something unreadable) is stored. */
export function loadDisplayPrefs(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): DisplayPrefs {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return DEFAULT_DISPLAY;
    const parsed = JSON.parse(raw) as Partial<DisplayPrefs>;
    const elderMode = parsed.elderMode === true;
    return {
      elderMode,
      textStep: clampStep(typeof parsed.textStep === 'number' ? parsed.textStep : 0, elderMode),
      highContrast: parsed.highContrast === true,
      elderOfferAnswered: parsed.elderOfferAnswered === true,
    };
  } catch {
    // a damaged entry must not keep the app from opening; the defaults are always readable
    return DEFAULT_DISPLAY;
  }
}

/** Stores the choices; a full or blocked storage only costs the choice, never the app. */
export function saveDisplayPrefs(prefs: DisplayPrefs, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(prefs));
  } catch (error) {
    console.warn('display settings could not be stored', error);
  }
}

/** Applies the choices to the page: the root font size that every rem follows, and two switches for CSS. */
export function applyDisplayPrefs(prefs: DisplayPrefs, root: HTMLElement = document.documentElement): void {
  root.style.fontSize = `${TEXT_STEPS[clampStep(prefs.textStep, prefs.elderMode)]}%`;
  root.toggleAttribute('data-elder', prefs.elderMode);
  root.toggleAttribute('data-contrast-high', prefs.highContrast);
}
