import { isoWeekday, shanghaiDate } from '../../../shared/time';
import type { MealSlot } from '../../../shared/canteen/meal-slot';
import { t, type MessageKey } from '../../i18n/t';

/** A date as elders read it on a calendar: "11月25日 周三". */
export function dayLabel(date: string): string {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = t(`weekday.${isoWeekday(date)}` as MessageKey);
  return t('date.day', { month, day, weekday });
}

/** Wall-clock HH:MM of an instant in Asia/Shanghai (UTC+8 all year). */
export function shanghaiTime(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(11, 16);
}

/** When booking closes: "09:00 截止" on the meal's day, else with the day, "11月24日 16:00 截止". */
export function cutoffLabel(slot: Pick<MealSlot, 'cutoffAt' | 'date'>): string {
  const cutoff = new Date(slot.cutoffAt);
  const time = shanghaiTime(cutoff);
  const date = shanghaiDate(cutoff);
  if (date === slot.date) return t('menu.cutoff', { time });
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  return t('menu.cutoffOn', { date: `${month}月${day}日`, time });
}
