import type { VNode } from 'preact';
import { t } from '../../i18n/t';
import { dayLabel } from './date-label';
import { MealCard, type MealCardProps } from './meal-card';

/** One date of the week with its meals, as the menu shows it. */
export interface DayView {
  date: string;
  isToday: boolean;
  meals: MealCardProps[];
}

/**
 * The week's menu, one section per date that has meals; the open booking panel (if any) is
 * shown right under the card it belongs to.
 */
export function WeekMenu({ days, panelFor }: { days: DayView[]; panelFor: (slotId: string) => VNode | null }) {
  const served = days.filter((d) => d.meals.length > 0);
  if (served.length === 0) return <p class="empty">{t('menu.noSlots')}</p>;
  return (
    <div class="week-menu">
      {served.map((day) => (
        <section key={day.date} class={`day${day.isToday ? ' is-today' : ''}`} aria-labelledby={`day-${day.date}`}>
          <h2 id={`day-${day.date}`}>
            {dayLabel(day.date)}
            {day.isToday && <span class="today-mark">{t('date.today')}</span>}
          </h2>
          <div class="meals">
            {day.meals.map((meal) => (
              <div key={meal.slot.id}>
                <MealCard {...meal} />
                {panelFor(meal.slot.id)}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
