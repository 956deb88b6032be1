import * as v from 'valibot';
import { reject, type Rejection } from '../rejection';

/**
 * A canteen's price tiers (价格档): the standard price, elder prices by verified age (Guangzhou
 * has several, e.g. 60+ and 80+), and a set meal at one price for a verified group (新就业群体
 * 爱心午餐). Which one a diner pays is decided by pricing.ts from facts staff verified.
 */

/** What a tier is keyed on: nothing (everyone), a verified age, or a verified group. */
export const TIER_KINDS = ['standard', 'elder', 'group'] as const;
export type TierKind = (typeof TIER_KINDS)[number];

/** Groups a set-meal tier may be for; a member's `groups` holds them once staff have verified it. */
export const PRICE_GROUPS = ['newEmployment'] as const;
export type PriceGroup = (typeof PRICE_GROUPS)[number];

/** The id of a tier in its canteen ('standard', 'elder', 'elder80', 'worker'); bookings keep it. */
export const tierIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,32}$/));
export type PriceTierId = v.InferOutput<typeof tierIdSchema>;

/** No canteen meal costs more than ¥200: a larger number is a typing slip. */
export const MAX_MEAL_FEN = 20_000;
const fen = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MEAL_FEN));

/**
 * One tier. Prices are per meal, null where the tier does not apply (an elder tier at lunch only);
 * `minAge` is for elder tiers, `group` for set-meal tiers. checkPriceTiers holds the rest.
 */
export const priceTierSchema = v.object({
  id: tierIdSchema,
  kind: v.picklist(TIER_KINDS),
  minAge: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(50), v.maxValue(120))),
  group: v.nullable(v.picklist(PRICE_GROUPS)),
  prices: v.object({ lunch: v.nullable(fen), dinner: v.nullable(fen) }),
});
export type PriceTier = v.InferOutput<typeof priceTierSchema>;

/** The most tiers a canteen keeps: more would confuse the counter and the residents. */
export const MAX_TIERS = 8;

/** The rule an elder or group tier breaks, if any, with the field named from the list's index. */
function checkTier(tier: PriceTier, i: number): Rejection | null {
  const at = (field: string) => [`tiers.${i}.${field}`];
  if (tier.kind === 'standard') {
    if (tier.prices.lunch === null || tier.prices.dinner === null) return reject('INVALID', at('prices'), 'the standard tier needs a price for lunch and dinner');
    if (tier.minAge !== null || tier.group !== null) return reject('INVALID', at('kind'), 'the standard tier is for everyone');
    return null;
  }
  if (tier.kind === 'elder') {
    if (tier.minAge === null) return reject('INVALID', at('minAge'), 'an elder tier needs the age it starts at');
    if (tier.group !== null) return reject('INVALID', at('group'), 'an elder tier is by age, not by group');
    if (tier.prices.lunch === null && tier.prices.dinner === null) return reject('INVALID', at('prices'), 'an elder tier needs a price');
    return null;
  }
  if (tier.group === null) return reject('INVALID', at('group'), 'a set-meal tier needs its group');
  if (tier.minAge !== null) return reject('INVALID', at('minAge'), 'a set-meal tier is by group, not by age');
  // the set meal (爱心午餐) is a lunch: it has one price, at lunch
  if (tier.prices.lunch === null || tier.prices.dinner !== null) return reject('INVALID', at('prices'), 'a set meal has a lunch price and no dinner price');
  return null;
}

/**
 * Whether a canteen's tiers make sense: exactly one standard tier (with id 'standard'), unique ids,
 * elder tiers at distinct ages, one set meal per group. Run by the editor and by the server.
 */
export function checkPriceTiers(tiers: readonly PriceTier[]): Rejection | null {
  if (tiers.length === 0 || tiers.length > MAX_TIERS) return reject('INVALID', ['tiers'], `a canteen has 1 to ${MAX_TIERS} price tiers`);
  const standard = tiers.filter((tier) => tier.kind === 'standard');
  if (standard.length !== 1 || standard[0]?.id !== 'standard') {
    return reject('INVALID', ['tiers'], "a canteen has exactly one standard tier, with id 'standard'");
  }
  const seen = { ids: new Set<string>(), ages: new Set<number>(), groups: new Set<string>() };
  for (const [i, tier] of tiers.entries()) {
    const refusal = checkTier(tier, i);
    if (refusal) return refusal;
    if (seen.ids.has(tier.id)) return reject('INVALID', [`tiers.${i}.id`], `two tiers share the id ${tier.id}`);
    seen.ids.add(tier.id);
    if (tier.minAge !== null) {
      if (seen.ages.has(tier.minAge)) return reject('INVALID', [`tiers.${i}.minAge`], `two elder tiers start at ${tier.minAge}`);
      seen.ages.add(tier.minAge);
    }
    if (tier.group !== null) {
      if (seen.groups.has(tier.group)) return reject('INVALID', [`tiers.${i}.group`], `two set meals for ${tier.group}`);
      seen.groups.add(tier.group);
    }
  }
  return null;
}
