import { zhCN } from './zh-cn';
import type { pwaMessagesZhCN } from '../pwa/pwa-messages';
import { defineCatalogue, type Catalogue, type LoadedLanguage } from './catalogue';
import { DEFAULT_LANGUAGE, type Language } from './languages';

/** Values substituted for `{name}` placeholders in a message. */
export type MessageParams = Record<string, string | number>;

/**
 * The keys services add: each service's catalogues declare theirs into this interface
 * (declaration merging), so `t` checks every key without the core naming a service.
 */
export interface ServiceMessages {}

/** Every message key: the core catalogue's (shell, login, sync, errors) and each service's. */
export type MessageKey = keyof typeof zhCN | keyof ServiceMessages | keyof typeof pwaMessagesZhCN;

/** The core's catalogue (shell, sync, display, dates, errors) in every language. */
export const coreCatalogue = defineCatalogue(zhCN, {
  'zh-TW': () => import('./zh-tw').then((m) => m.zhTW),
  en: () => import('./en').then((m) => m.en),
});

/** Every registered catalogue's words per language: zh-CN's all at once, the others as they load. */
const words: Record<Language, Record<string, string>> = { 'zh-CN': { ...zhCN }, 'zh-TW': {}, en: {} };
const catalogues: Catalogue[] = [coreCatalogue];
/** Each catalogue's translations once asked for, so a chunk is fetched once. */
const loads = new Map<Catalogue, Partial<Record<LoadedLanguage, Promise<void>>>>();
/** Translations being fetched for catalogues registered while another language was on. */
const pending = new Set<Promise<void>>();
let language: Language = DEFAULT_LANGUAGE;

function load(catalogue: Catalogue, lang: Language): Promise<void> {
  if (lang === 'zh-CN') return Promise.resolve();
  const known = loads.get(catalogue) ?? {};
  loads.set(catalogue, known);
  const loading = (known[lang] ??= catalogue[lang]().then((translated) => void Object.assign(words[lang], translated)));
  // a chunk that could not be fetched (no signal) is asked for again next time
  loading.catch(() => delete known[lang]);
  return loading;
}

/**
 * Adds a catalogue: a service's shell words at start-up, a lazily loaded screen's words when its
 * module is first imported. In another language than zh-CN its translation is fetched at once;
 * `messagesReady` says when it has arrived.
 */
export function registerMessages(catalogue: Catalogue): void {
  if (catalogues.includes(catalogue)) return;
  catalogues.push(catalogue);
  Object.assign(words['zh-CN'], catalogue['zh-CN']);
  if (language === 'zh-CN') return;
  const loading = load(catalogue, language).catch((error: unknown) => console.warn('could not load words, showing zh-CN', error));
  pending.add(loading);
  void loading.then(() => pending.delete(loading));
}

/** Resolves once every catalogue registered so far has its words in the current language (or failed to). */
export async function messagesReady(): Promise<void> {
  while (pending.size > 0) await Promise.all(pending);
}

/** Waits for a lazily loaded part's words before it is shown, so it never flashes in zh-CN. */
export function withMessages<T>(loading: Promise<T>): Promise<T> {
  return loading.then(async (loaded) => {
    await messagesReady();
    return loaded;
  });
}

/**
 * Fetches every registered catalogue's words in a language, then makes it the language of `t`.
 * Rejects, keeping the current language, when a chunk cannot be fetched.
 */
export async function switchLanguage(lang: Language): Promise<void> {
  // a screen may register its catalogue while the others load: go round until none is missing
  for (let count = 0; count !== catalogues.length; ) {
    count = catalogues.length;
    await Promise.all(catalogues.map((c) => load(c, lang)));
  }
  language = lang;
}

/** The language `t` answers in. */
export function currentLanguage(): Language {
  return language;
}

/** The message for a key in the current language (zh-CN where a translation has not loaded), with `{name}` placeholders filled in. */
export function t(key: MessageKey, params?: MessageParams): string {
  const text = words[language][key] ?? words['zh-CN'][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
