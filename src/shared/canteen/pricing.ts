import type { Canteen } from './canteen';
import type { Member } from '../member';
import { priceFor, type MealSlot, type PriceTier } from './meal-slot';
import { ageOn } from '../time';
import type { Fen } from '../money';

/** A diner's age on a date, known only from a verified birth date; null when unverified. */
export function verifiedAgeOn(diner: Pick<Member, 'birthDate' | 'ageVerified'>, date: string): number | null {
  if (!diner.ageVerified || diner.birthDate === null) return null;
  return ageOn(diner.birthDate, date);
}

/**
 * The tier a diner pays at for a slot. The elder price needs a verified age at or over the
 * canteen's elder age; the worker lunch (新就业群体爱心午餐) needs the 'newEmployment' group and
 * is for lunch only. Whichever applicable tier is cheapest wins, as the counter would charge it.
 */
export function priceTierFor(
  diner: Pick<Member, 'birthDate' | 'ageVerified' | 'groups'>,
  canteen: Pick<Canteen, 'elderAge'>,
  slot: Pick<MealSlot, 'date' | 'meal' | 'prices'>,
): PriceTier {
  const candidates: PriceTier[] = ['standard'];
  const age = verifiedAgeOn(diner, slot.date);
  if (age !== null && age >= canteen.elderAge && slot.prices.elder !== null) candidates.push('elder');
  if (diner.groups.includes('newEmployment') && slot.meal === 'lunch' && slot.prices.worker !== null) {
    candidates.push('worker');
  }
  return candidates.reduce((best, tier) => (priceFor(slot, tier) < priceFor(slot, best) ? tier : best));
}

/** What a diner pays (or, for weighed meals, the estimate) for a slot. */
export function priceForDiner(
  diner: Pick<Member, 'birthDate' | 'ageVerified' | 'groups'>,
  canteen: Pick<Canteen, 'elderAge'>,
  slot: Pick<MealSlot, 'date' | 'meal' | 'prices'>,
): { tier: PriceTier; fen: Fen } {
  const tier = priceTierFor(diner, canteen, slot);
  return { tier, fen: priceFor(slot, tier) };
}

/**
 * Whether a tier's price is final when booked: every price of a fixed-price canteen, and the
 * worker lunch, a set meal at one price even where everything else is weighed at the counter.
 */
export function isFixedPrice(tier: PriceTier, pricing: Canteen['pricing']): boolean {
  return pricing === 'fixed' || tier === 'worker';
}
