import { hasSeatLeft, isPastCutoff } from '../../../shared/canteen/meal-slot';
import type { MealCardProps } from './meal-card';

/** One date of the week with its meals, as the menu shows it. */
export interface DayView {
  date: string;
  isToday: boolean;
  meals: MealCardProps[];
}

/** The week as the menu lays it out: what can still be booked first, what has closed folded away. */
export interface WeekPlan {
  /** Days with meals still open for booking, each with only those meals, soonest first. */
  open: DayView[];
  /** Days with meals whose cut-off has passed, each with only those meals. */
  past: DayView[];
  /** The first meal someone of the household can still book (open, a seat left), if any. */
  nextSlotId: string | null;
}

/**
 * Splits the week at the cut-off: a meal whose booking has closed belongs with the days gone by,
 * even on today's date, so the first card on screen is the next meal one can still act on.
 */
export function planWeek(days: DayView[]): WeekPlan {
  const part = (closed: boolean) =>
    days
      .map((day) => ({ ...day, meals: day.meals.filter((m) => isPastCutoff(m.slot, m.now) === closed) }))
      .filter((day) => day.meals.length > 0);
  const open = part(false);
  const next = open.flatMap((day) => day.meals).find((m) => m.canBookMore && hasSeatLeft(m.slot));
  return { open, past: part(true), nextSlotId: next?.slot.id ?? null };
}
