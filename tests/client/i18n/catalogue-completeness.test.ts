import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/client/i18n/languages';
import type { LoadedLanguage } from '../../../src/client/i18n/catalogue';
import { CATALOGUES, ZH_CN_WORDS } from './all-catalogues';

const TRANSLATED = LANGUAGES.filter((l): l is LoadedLanguage => l !== 'zh-CN');
const CJK = /[\u3400-\u9fff]/;
// keys whose words are the same in every language on purpose: the 语言 label and each language's own name
const SAME_IN_EVERY_LANGUAGE = /^(display\.language|language\.)/;

/** The `{name}` placeholders of a message, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the catalogues', () => {
  it('are found: the core, the PWA and every service file', () => {
    const names = CATALOGUES.map((c) => c.name).join('\n');
    for (const file of ['i18n/t.ts', 'pwa/register-pwa-messages.ts', 'canteen/canteen-messages.ts', 'canteen/booking-messages.ts',
      'events/event-messages.ts', 'events/event-shell-messages.ts', 'help/help-messages.ts', 'help/help-shell-messages.ts', 'login/login-messages.ts']) {
      expect(names).toContain(file);
    }
  });

  it('hold every set of zh-CN words a file exports, so none can be left out of the translations', () => {
    const held = new Set(CATALOGUES.map((c) => c.catalogue['zh-CN']));
    expect(ZH_CN_WORDS.filter((w) => !held.has(w.words as never)).map((w) => w.name)).toEqual([]);
  });

  describe.each(TRANSLATED)('in %s', (language) => {
    it.each(CATALOGUES.map((c) => [c.name, c.catalogue] as const))('%s has exactly the keys of zh-CN, with the same placeholders', async (_name, catalogue) => {
      const source = catalogue['zh-CN'];
      const translated: Readonly<Record<string, string>> = await catalogue[language]();
      expect.soft(Object.keys(translated).filter((k) => !(k in source)), 'keys zh-CN does not have').toEqual([]);
      expect.soft(Object.keys(source).filter((k) => !(k in translated)), 'keys missing').toEqual([]);
      const differing = Object.keys(source).filter((k) => k in translated && placeholders(source[k]!).join() !== placeholders(translated[k]!).join());
      expect.soft(differing, 'keys whose {placeholders} differ from zh-CN').toEqual([]);
      expect(Object.entries(translated).filter(([k, v]) => typeof v !== 'string' || (v === '' && source[k] !== '')).map(([k]) => k), 'empty words').toEqual([]);
    });
  });

  it.each(CATALOGUES.map((c) => [c.name, c.catalogue] as const))('%s has no Chinese left in English', async (_name, catalogue) => {
    const english = await catalogue.en();
    expect(Object.entries(english).filter(([k, v]) => !SAME_IN_EVERY_LANGUAGE.test(k) && CJK.test(v)).map(([k]) => k)).toEqual([]);
  });
});
