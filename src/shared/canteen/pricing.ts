import type { Canteen, Meal } from './canteen';
import type { Member } from '../member';
import type { MealSlot } from './meal-slot';
import type { PriceTier, PriceTierId } from './price-tier';
import { ageOn } from '../time';
import type { Fen } from '../money';

/** The facts a tier is chosen from: only what staff verified (birth date, groups). */
export type VerifiedFacts = Pick<Member, 'birthDate' | 'ageVerified' | 'groups'>;

/** A diner's age on a date, known only from a verified birth date; null when unverified. */
export function verifiedAgeOn(diner: Pick<Member, 'birthDate' | 'ageVerified'>, date: string): number | null {
  if (!diner.ageVerified || diner.birthDate === null) return null;
  return ageOn(diner.birthDate, date);
}

/** A tier's price at a meal; null where the tier does not apply to that meal. */
export function tierPrice(tier: Pick<PriceTier, 'prices'>, meal: Meal): Fen | null {
  return tier.prices[meal];
}

/**
 * Whether a diner qualifies for a tier at a meal, judged on the meal's date: the standard tier
 * always; an elder tier from the birthday of its age on a verified birth date; a group's set meal
 * (爱心午餐) at lunch only, for members staff put in the group. Facts the phone sends count for nothing.
 */
export function qualifiesFor(diner: VerifiedFacts, tier: PriceTier, slot: Pick<MealSlot, 'date' | 'meal'>): boolean {
  if (tierPrice(tier, slot.meal) === null) return false;
  if (tier.kind === 'standard') return true;
  if (tier.kind === 'elder') {
    const age = verifiedAgeOn(diner, slot.date);
    return tier.minAge !== null && age !== null && age >= tier.minAge;
  }
  return slot.meal === 'lunch' && tier.group !== null && diner.groups.includes(tier.group);
}

/** The standard tier of a canteen; a canteen without one (never valid) charges nothing known. */
export function standardTier(canteen: Pick<Canteen, 'priceTiers'>): PriceTier {
  return canteen.priceTiers.find((tier) => tier.kind === 'standard')
    ?? { id: 'standard', kind: 'standard', minAge: null, group: null, prices: { lunch: 0, dinner: 0 } };
}

/**
 * The tier a diner pays at for a slot: of the tiers they qualify for, the cheapest, as the counter
 * would charge it (a verified 80-year-old delivery rider gets whichever is lower). The same rule
 * runs on the phone for the estimate and on the server for the booking; the server's stands.
 */
export function priceTierFor(diner: VerifiedFacts, canteen: Pick<Canteen, 'priceTiers'>, slot: Pick<MealSlot, 'date' | 'meal'>): PriceTier {
  const price = (tier: PriceTier) => tierPrice(tier, slot.meal) ?? Number.POSITIVE_INFINITY;
  return canteen.priceTiers
    .filter((tier) => qualifiesFor(diner, tier, slot))
    .reduce((best, tier) => (price(tier) < price(best) ? tier : best), standardTier(canteen));
}

/**
 * Whether a tier's price is final when booked: every price of a fixed-price canteen, and a group's
 * set meal, one price even where everything else is weighed at the counter (称重计费).
 */
export function isFixedPrice(tier: Pick<PriceTier, 'kind'> | undefined, pricing: Canteen['pricing']): boolean {
  return pricing === 'fixed' || tier?.kind === 'group';
}

/** What a diner pays for a slot (for weighed meals, the estimate), at which tier, and whether it is final. */
export function priceForDiner(
  diner: VerifiedFacts,
  canteen: Pick<Canteen, 'priceTiers' | 'pricing'>,
  slot: Pick<MealSlot, 'date' | 'meal'>,
): { tier: PriceTierId; fen: Fen; fixed: boolean } {
  const tier = priceTierFor(diner, canteen, slot);
  return { tier: tier.id, fen: tierPrice(tier, slot.meal) ?? 0, fixed: isFixedPrice(tier, canteen.pricing) };
}

/**
 * The age from which a canteen counts a diner as an elder: its youngest elder tier's (站南爱老公益食堂's
 * 助老价 starts at 80, 初心食堂's at 60); null for a canteen without an elder price.
 */
export function elderAgeOf(canteen: Pick<Canteen, 'priceTiers'>): number | null {
  const ages = canteen.priceTiers.flatMap((tier) => (tier.kind === 'elder' && tier.minAge !== null ? [tier.minAge] : []));
  return ages.length === 0 ? null : Math.min(...ages);
}

/** A canteen's tier by id (a booking's), or undefined if staff have since removed it. */
export function tierById(canteen: Pick<Canteen, 'priceTiers'>, id: PriceTierId): PriceTier | undefined {
  return canteen.priceTiers.find((tier) => tier.id === id);
}
