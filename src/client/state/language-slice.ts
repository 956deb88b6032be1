import type { StateCreator } from 'zustand/vanilla';
import { applyLanguage, saveLanguagePref } from '../i18n/language-pref';
import type { Language } from '../i18n/languages';
import { currentLanguage, switchLanguage, t } from '../i18n/t';
import type { UiSlice } from './ui-slice';

/** The interface language: what `t` answers in, mirrored here so screens re-render when it changes. */
export interface LanguageSlice {
  language: Language;
  /**
   * Fetches the language's words, then switches to it, stores it on the phone and sets `<html lang>`;
   * every screen then re-renders in it. If its words cannot be fetched (no signal before they were
   * ever cached) nothing changes and a toast says why.
   */
  setLanguage: (language: Language) => Promise<void>;
}

/** Builds the language slice; it starts in the language `t` is in (main.tsx sets the stored one before the first render). */
export const createLanguageSlice: StateCreator<LanguageSlice & UiSlice, [], [], LanguageSlice> = (set, get) => ({
  language: currentLanguage(),
  setLanguage: async (language) => {
    try {
      await switchLanguage(language);
    } catch (error) {
      console.warn('could not switch the language', error);
      get().showToast({ text: t('error.network'), tone: 'error' });
      return;
    }
    saveLanguagePref(language);
    if (typeof document !== 'undefined') {
      applyLanguage(language);
      document.title = t('app.name');
    }
    set({ language });
  },
});
