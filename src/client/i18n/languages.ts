/** The interface languages, Simplified Chinese first: it is the default and the source of every catalogue. */
export const LANGUAGES = ['zh-CN', 'zh-TW', 'en'] as const;

/** One interface language, named as `<html lang>` names it. */
export type Language = (typeof LANGUAGES)[number];

/** The language of a phone that never chose one. */
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/**
 * The locale Intl formats a language's dates and money in. British English writes the day before
 * the month ("Tue 24 Nov"), which reads closer to the Chinese order than American English does.
 */
export const INTL_LOCALE: Readonly<Record<Language, string>> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en-GB' };

/** Whether a stored or typed value is one of the interface languages. */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
