import * as v from 'valibot';

/**
 * A canteen's price tiers (价格档): the standard price, elder prices by verified age (Guangzhou
 * has several, e.g. 60+ and 80+), and a set meal at one price for a verified group (新就业群体
 * 爱心午餐). Which one a diner pays is decided by pricing.ts from facts staff verified; what
 * makes a list of tiers valid is in price-tier-rules.ts (loaded with the editor, not the menu).
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
