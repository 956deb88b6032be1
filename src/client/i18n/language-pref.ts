/**
 * The language chosen on this phone. Kept in localStorage, like the display choices, because it
 * must be known synchronously before the first paint: main.tsx loads its words before rendering.
 */
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

const STORAGE_KEY = 'linlitong-language';

/** The stored language, or zh-CN when none (or something unknown) is stored. */
export function loadLanguagePref(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Language {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // a blocked storage must not keep the app from opening
    return DEFAULT_LANGUAGE;
  }
}

/** Stores the language; a full or blocked storage only costs the choice, never the app. */
export function saveLanguagePref(language: Language, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(STORAGE_KEY, language);
  } catch (error) {
    console.warn('the language could not be stored', error);
  }
}

/** Tells the browser, screen readers and voices which language the page is in: `<html lang>`. */
export function applyLanguage(language: Language, root: HTMLElement = document.documentElement): void {
  root.lang = language;
}
