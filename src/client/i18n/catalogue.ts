/**
 * How a catalogue exists per language. The Simplified Chinese words are the source: they are
 * imported where they are used (with the shell or with a lazily loaded screen) and their keys are
 * the catalogue's keys. Traditional Chinese and English live in sibling files (`x.zh-tw.ts`,
 * `x.en.ts`) that import nothing and load only when that language is chosen.
 */
import type { Language } from './languages';

/** Words by key, with `{name}` placeholders. */
export type Messages = Readonly<Record<string, string>>;

/** The same keys as a zh-CN catalogue, in another language. */
export type Translation<T> = { readonly [K in keyof T]: string };

/** A translation with no key the source lacks: an extra key is a `never`, so it fails to compile too. */
type Exact<T, U> = U & { readonly [K in Exclude<keyof U, keyof T>]: never };

/** The languages loaded on demand: every one but the source. */
export type LoadedLanguage = Exclude<Language, 'zh-CN'>;

/** One catalogue in every language: the zh-CN words at hand, the others fetched when chosen. */
export type Catalogue<T extends Messages = Messages> = { readonly 'zh-CN': T } & {
  readonly [L in LoadedLanguage]: () => Promise<Translation<T>>;
};

/**
 * Joins zh-CN words and loaders of their translations into a catalogue. A translation that
 * misses a key of zh-CN, or has one zh-CN lacks, fails to compile here; placeholders are checked
 * by tests/client/i18n/catalogue-completeness.test.ts.
 */
export function defineCatalogue<T extends Messages, TW extends Translation<T>, EN extends Translation<T>>(
  zhCN: T,
  translations: { 'zh-TW': () => Promise<Exact<T, TW>>; en: () => Promise<Exact<T, EN>> },
): Catalogue<T> {
  return { 'zh-CN': zhCN, ...translations };
}
