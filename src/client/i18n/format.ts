/**
 * Dates, times and money as people read them, in the current language and always in
 * Asia/Shanghai, whatever zone the phone itself is set to: 「11月24日 周二」「16:00」
 * 「11月23日 至 11月29日」「2026年11月」「¥9.90」; in English "Tue 24 Nov", "23 Nov – 29 Nov",
 * "November 2026". Only display: the calendar rules stay in src/shared/time.ts.
 */
import { shanghaiInstant } from '../../shared/time';
import type { Fen } from '../../shared/money';
import { INTL_LOCALE } from './languages';
import { currentLanguage, t } from './t';

/** An instant, an ISO instant, or a Shanghai calendar date (YYYY-MM-DD, taken at its noon). */
export type When = Date | string;

/** One formatter per language and style: building one is slow, and the menu asks for dozens. */
const formats: Record<string, Intl.DateTimeFormat> = {};

function format(when: When, options: Intl.DateTimeFormatOptions): string {
  const locale = INTL_LOCALE[currentLanguage()];
  const formatter = (formats[locale + JSON.stringify(options)] ??= new Intl.DateTimeFormat(locale, { ...options, timeZone: 'Asia/Shanghai' }));
  return formatter.format(typeof when !== 'string' ? when : when.length === 10 ? shanghaiInstant(when, '12:00') : new Date(when));
}

/** Month and day: 「11月24日」, "24 Nov". */
const monthDay = (when: When) => format(when, { month: 'short', day: 'numeric' });

/** A day as elders read it on a calendar: 「11月24日 周二」, 「11月24日 週二」, "Tue 24 Nov". */
export function formatDay(when: When): string {
  return t('date.day', { date: monthDay(when), weekday: format(when, { weekday: 'short' }) });
}

/** The day of the week alone: 「周二」, 「週二」, "Tue". */
export function formatWeekday(when: When): string {
  return format(when, { weekday: 'short' });
}

/** The wall-clock time in Shanghai, 24-hour: 「16:00」. */
export function formatTime(when: When): string {
  return format(when, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** A span of days, both ends included: 「11月23日 至 11月29日」, "23 Nov – 29 Nov". */
export function formatDayRange(from: When, to: When): string {
  return t('date.range', { from: monthDay(from), to: monthDay(to) });
}

/** A month, given as YYYY-MM: 「2026年11月」, "November 2026". */
export function formatMonth(month: string): string {
  return format(`${month}-15`, { year: 'numeric', month: 'long' });
}

/** An amount of fen in yuan: 「¥9.90」 in every language (the narrow symbol, not "CN¥"). */
export function formatMoney(fen: Fen): string {
  return new Intl.NumberFormat(INTL_LOCALE[currentLanguage()], { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' }).format(fen / 100);
}

/** Names in a row: 「林芳、林小宇」, "Lin Fang, Lin Xiaoyu". */
export function formatList(items: readonly string[]): string {
  return items.join(t('list.separator'));
}
