/**
 * Every message catalogue of the client, found by file name rather than listed, so a catalogue
 * added later is checked too: the core's (i18n/t.ts) and every `*messages.ts` file's.
 */
import type { Catalogue } from '../../../src/client/i18n/catalogue';
import type { Language } from '../../../src/client/i18n/languages';

const modules = {
  ...import.meta.glob<Record<string, unknown>>('/src/client/**/*messages.ts', { eager: true }),
  ...import.meta.glob<Record<string, unknown>>('/src/client/i18n/t.ts', { eager: true }),
};

/** Whether an export is a catalogue: zh-CN words and a loader for each other language. */
function isCatalogue(value: unknown): value is Catalogue {
  const c = value as Partial<Record<string, unknown>> | null;
  return typeof c === 'object' && c !== null && typeof c['zh-CN'] === 'object' && typeof c['zh-TW'] === 'function' && typeof c.en === 'function';
}

/** A catalogue and where it is defined, for messages that say which file to fix. */
export interface FoundCatalogue {
  name: string;
  catalogue: Catalogue;
}

/** Every exported catalogue, named `file#export`. */
export const CATALOGUES: FoundCatalogue[] = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).filter(([, value]) => isCatalogue(value)).map(([name, value]) => ({ name: `${file}#${name}`, catalogue: value as Catalogue })));

/** Every exported object of zh-CN words (`…ZhCN`, `zhCN`), whether or not a catalogue holds it. */
export const ZH_CN_WORDS: { name: string; words: object }[] = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).filter(([name]) => /(^zhCN|ZhCN)$/.test(name)).map(([name, words]) => ({ name: `${file}#${name}`, words: words as object })));

/** One language's words of every catalogue, merged: what the whole app may say in it. */
export async function allWords(language: Language): Promise<Record<string, string>> {
  const parts = await Promise.all(CATALOGUES.map(({ catalogue }) => (language === 'zh-CN' ? catalogue['zh-CN'] : catalogue[language]())));
  return Object.assign({}, ...parts) as Record<string, string>;
}
