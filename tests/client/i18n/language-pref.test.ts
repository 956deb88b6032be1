import { describe, expect, it } from 'vitest';
import { applyLanguage, loadLanguagePref, saveLanguagePref } from '../../../src/client/i18n/language-pref';

/** A storage of one phone, in memory. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('the stored language', () => {
  it('is zh-CN on a phone that never chose, and what was chosen after', () => {
    const storage = memoryStorage();
    expect(loadLanguagePref(storage)).toBe('zh-CN');
    saveLanguagePref('zh-TW', storage);
    expect(loadLanguagePref(storage)).toBe('zh-TW');
  });

  it('falls back to zh-CN for anything unknown or unreadable, never keeping the app from opening', () => {
    const storage = memoryStorage();
    storage.setItem('linlitong-language', 'fr');
    expect(loadLanguagePref(storage)).toBe('zh-CN');
    expect(loadLanguagePref({ getItem: () => { throw new Error('blocked'); } })).toBe('zh-CN');
    expect(() => saveLanguagePref('en', { setItem: () => { throw new Error('full'); } })).not.toThrow();
  });

  it('sets <html lang>', () => {
    const root = document.createElement('html');
    applyLanguage('zh-TW', root);
    expect(root.lang).toBe('zh-TW');
  });
});
