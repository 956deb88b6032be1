import { addDays } from '../time';
import type { Canteen } from './canteen';
import { TIER_KINDS, type TierKind } from './price-tier';
import { tierById } from './pricing';
import type { MealServing } from './meal-serving';

/** Meals served per day over a span, one count per kind of price tier (standard, elder, set meal). */
export interface ServedPerDay {
  dates: string[];
  byKind: Record<TierKind, number[]>;
  total: number;
}

/**
 * The kind of tier a meal was served at, from its canteen's tiers. Tiers are per canteen (one's
 * 'elder' starts at 60, another's at 80), so figures across canteens add up kinds, not ids; a
 * tier staff have since removed counts as standard, the one kind every canteen keeps.
 */
function kindOf(serving: Pick<MealServing, 'canteenId' | 'priceTier'>, canteens: ReadonlyMap<string, Pick<Canteen, 'priceTiers'>>): TierKind {
  const canteen = canteens.get(serving.canteenId);
  return (canteen && tierById(canteen, serving.priceTier)?.kind) ?? 'standard';
}

/**
 * Counts the meals served on each date from `from` to `to` (inclusive), per kind of price tier
 * (of the tier the meal was booked at): the canteens' figures for the street office and for planning.
 */
export function servedPerDay(
  servings: Pick<MealServing, 'date' | 'priceTier' | 'canteenId'>[],
  canteens: Pick<Canteen, 'id' | 'priceTiers'>[],
  from: string,
  to: string,
): ServedPerDay {
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  const index = new Map(dates.map((d, i) => [d, i]));
  const byId = new Map(canteens.map((c) => [c.id, c]));
  const byKind = Object.fromEntries(TIER_KINDS.map((kind) => [kind, dates.map(() => 0)])) as Record<TierKind, number[]>;
  let total = 0;
  for (const s of servings) {
    const i = index.get(s.date);
    if (i === undefined) continue;
    const counts = byKind[kindOf(s, byId)];
    counts[i] = (counts[i] ?? 0) + 1;
    total += 1;
  }
  return { dates, byKind, total };
}
