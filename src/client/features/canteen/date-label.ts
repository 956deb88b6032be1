import { shanghaiDate } from '../../../shared/time';
import type { MealSlot } from '../../../shared/canteen/meal-slot';
import { formatDay, formatTime } from '../../i18n/format';
import { t } from '../../i18n/t';

/** A date as elders read it on a calendar: 「11月25日 周三」, "Wed 25 Nov". */
export function dayLabel(date: string): string {
  return formatDay(date);
}

/** When booking closes: 「09:00 截止」 on the meal's day, else with the day, 「11月24日 周二 16:00 截止」. */
export function cutoffLabel(slot: Pick<MealSlot, 'cutoffAt' | 'date'>): string {
  const time = formatTime(slot.cutoffAt);
  if (shanghaiDate(new Date(slot.cutoffAt)) === slot.date) return t('menu.cutoff', { time });
  return t('menu.cutoffOn', { date: formatDay(slot.cutoffAt), time });
}
