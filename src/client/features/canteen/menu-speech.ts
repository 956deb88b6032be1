import { t } from '../../i18n/t';
import { dayLabel } from './date-label';
import type { MealCardProps } from './meal-card';
import { cutoffStateLabel, seatsLabel } from './meal-words';
import { priceLabel } from './price-label';
import type { DayView } from './week-plan';

/** One meal read aloud in the card's own words: meal, dishes with their tags, price, seats, cut-off, bookings, refusals. */
function mealSpeech(meal: MealCardProps): string {
  const dishes = meal.dishes
    .map((dish) => (dish.tags.length > 0 ? `${dish.name}（${dish.tags.map((tag) => t(`dishTag.${tag}`)).join('、')}）` : dish.name))
    .join('、');
  return [
    `${t(`meal.${meal.slot.meal}`)}：${dishes}`,
    priceLabel(meal.viewer, meal.canteen, meal.slot),
    seatsLabel(meal.slot),
    cutoffStateLabel(meal.slot, meal.now),
    ...meal.bookings.map((b) => `${meal.bookings.length > 1 ? t('menu.bookedFor', { name: b.dinerName }) : ''}${t(`status.${b.syncState}`)}`),
    ...(meal.refusals ?? []).map((r) => `${t('menu.refused', { name: r.dinerName })}${r.reason}`),
  ].join('。');
}

/** What 朗读 says for a day of the menu: the date, then each meal. */
export function daySpeech(day: DayView): string {
  const date = day.isToday ? `${dayLabel(day.date)} ${t('date.today')}` : dayLabel(day.date);
  return [date, ...day.meals.map(mealSpeech)].join('。') + '。';
}
