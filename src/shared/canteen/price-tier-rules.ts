import { reject, type Rejection } from '../rejection';
import { MAX_TIERS, type PriceTier } from './price-tier';

// Checked by the menu editor and the server; kept apart from the schema so the menu's first
// screen, which only reads tiers, does not carry them.

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
