/**
 * Calendar rules in Asia/Shanghai. China keeps UTC+8 all year (no daylight saving), so a fixed
 * offset is exact and avoids shipping time-zone data to the phone.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Asia/Shanghai calendar date (YYYY-MM-DD) of an instant. */
export function shanghaiDate(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant at which a wall-clock time (HH:MM) occurs on a Shanghai date. */
export function shanghaiInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

/** A date a number of days after another (negative for before). */
export function addDays(date: string, days: number): string {
  const base = Date.parse(`${date}T00:00:00Z`);
  return new Date(base + days * DAY_MS).toISOString().slice(0, 10);
}

/** Day of week of a date, 1 = Monday … 7 = Sunday, as Chinese calendars count it. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday that starts the week holding a date. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The seven dates of the week that starts on a Monday. */
export function weekDates(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Whole years of age on a date for someone born on birthDate (both YYYY-MM-DD). */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}
