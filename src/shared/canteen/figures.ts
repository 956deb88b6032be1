import { addDays } from '../time';
import { PRICE_TIERS, type PriceTier } from './meal-slot';
import type { MealServing } from './meal-serving';

/** Meals served per day over a span, one count per price tier. */
export interface ServedPerDay {
  dates: string[];
  byTier: Record<PriceTier, number[]>;
  total: number;
}

/**
 * Counts the meals served on each date from `from` to `to` (inclusive), per price tier (the tier
 * the meal was booked at): the canteen's figures for the street office and for planning.
 */
export function servedPerDay(servings: Pick<MealServing, 'date' | 'priceTier'>[], from: string, to: string): ServedPerDay {
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  const index = new Map(dates.map((d, i) => [d, i]));
  const byTier = Object.fromEntries(PRICE_TIERS.map((tier) => [tier, dates.map(() => 0)])) as Record<PriceTier, number[]>;
  let total = 0;
  for (const s of servings) {
    const i = index.get(s.date);
    if (i === undefined) continue;
    byTier[s.priceTier][i] = (byTier[s.priceTier][i] ?? 0) + 1;
    total += 1;
  }
  return { dates, byTier, total };
}
