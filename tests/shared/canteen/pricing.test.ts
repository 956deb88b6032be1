import { describe, expect, it } from 'vitest';
import { isFixedPrice, priceForDiner, priceTierFor, qualifiesFor } from '../../../src/shared/canteen/pricing';
import type { PriceTier } from '../../../src/shared/canteen/price-tier';
import { checkPriceTiers } from '../../../src/shared/canteen/price-tier-rules';
import { formatYuan } from '../../../src/shared/money';
import { CHUXIN_TIERS, chuxinCanteen, member, wednesdayLunch } from '../fixtures';

/** Guangzhou-style tiers: 助老价 from 60, lower from 80, and the set lunch for 新就业群体. */
const GUANGZHOU: PriceTier[] = [
  ...CHUXIN_TIERS,
  { id: 'elder80', kind: 'elder', minAge: 80, group: null, prices: { lunch: 800, dinner: 800 } },
];

describe('price tier from verified facts', () => {
  const canteen = chuxinCanteen();
  const lunch = wednesdayLunch();

  it('gives a verified 80-year-old the elder price', () => {
    expect(priceForDiner(member(), canteen, lunch)).toEqual({ tier: 'elder', fen: 1200, fixed: false });
  });

  it('charges the standard price when the age is not verified, whatever the birth date says', () => {
    expect(priceForDiner(member({ ageVerified: false }), canteen, lunch)).toEqual({ tier: 'standard', fen: 1500, fixed: false });
    expect(priceForDiner(member({ birthDate: null }), canteen, lunch).tier).toBe('standard');
  });

  it('turns 60 mid-month: standard for meals before the birthday, 助老价 from the birthday itself', () => {
    const turning60 = member({ birthDate: '1966-11-18' });
    const on = (date: string) => priceTierFor(turning60, canteen, { date, meal: 'lunch' }).id;
    expect([on('2026-11-02'), on('2026-11-17'), on('2026-11-18'), on('2026-11-30')]).toEqual(['standard', 'standard', 'elder', 'elder']);
  });

  it('turns 80 mid-month at a Guangzhou-style canteen: 60+ before the birthday, 80+ from it', () => {
    const tiered = chuxinCanteen({ priceTiers: GUANGZHOU });
    const turning80 = member({ birthDate: '1946-11-18' });
    const before = priceForDiner(turning80, tiered, { date: '2026-11-17', meal: 'dinner' });
    const after = priceForDiner(turning80, tiered, { date: '2026-11-18', meal: 'dinner' });
    expect(before).toEqual({ tier: 'elder', fen: 1200, fixed: false });
    expect(after).toEqual({ tier: 'elder80', fen: 800, fixed: false });
  });

  it('gives the 9.9-yuan set meal to verified 新就业群体 at lunch only, as a fixed price even at a weighing canteen', () => {
    const rider = member({ birthDate: '1990-05-01', groups: ['newEmployment'] });
    expect(priceForDiner(rider, canteen, lunch)).toEqual({ tier: 'worker', fen: 990, fixed: true });
    expect(priceForDiner(rider, canteen, wednesdayLunch({ meal: 'dinner' }))).toEqual({ tier: 'standard', fen: 1500, fixed: false });
    // even a tier that (wrongly) carried a dinner price is a lunch
    const worker = { ...CHUXIN_TIERS[2]!, prices: { lunch: 990, dinner: 990 } };
    expect(qualifiesFor(rider, worker, { date: '2026-11-25', meal: 'dinner' })).toBe(false);
    // someone not in the group does not get it
    expect(priceTierFor(member({ birthDate: '1990-05-01' }), canteen, lunch).id).toBe('standard');
  });

  it('picks the cheaper tier when a diner qualifies for two', () => {
    const elderRider = member({ groups: ['newEmployment'] });
    expect(priceTierFor(elderRider, canteen, lunch).id).toBe('worker');
    expect(priceTierFor(elderRider, canteen, wednesdayLunch({ meal: 'dinner' })).id).toBe('elder');
  });

  it('falls back to standard where a tier has no price for the meal', () => {
    const lunchOnlyElder = chuxinCanteen({ priceTiers: [CHUXIN_TIERS[0]!, { ...CHUXIN_TIERS[1]!, prices: { lunch: 1200, dinner: null } }] });
    expect(priceForDiner(member(), lunchOnlyElder, wednesdayLunch({ meal: 'dinner' }))).toEqual({ tier: 'standard', fen: 1500, fixed: false });
  });

  it('formats fen as yuan', () => {
    expect(formatYuan(990)).toBe('9.90');
    expect(formatYuan(1200)).toBe('12.00');
    expect(formatYuan(5)).toBe('0.05');
  });
});

describe('fixed or estimated', () => {
  it('fixes every price of a fixed canteen, and a group set meal anywhere', () => {
    const [standard, elder, worker] = CHUXIN_TIERS as [PriceTier, PriceTier, PriceTier];
    expect(isFixedPrice(standard, 'fixed')).toBe(true);
    expect(isFixedPrice(worker, 'weighed')).toBe(true);
    expect(isFixedPrice(standard, 'weighed')).toBe(false);
    expect(isFixedPrice(elder, 'weighed')).toBe(false);
    expect(isFixedPrice(undefined, 'weighed')).toBe(false);
  });
});

describe('a canteen\'s tiers', () => {
  it('accepts 初心食堂\'s and Guangzhou-style tiers', () => {
    expect(checkPriceTiers(CHUXIN_TIERS)).toBeNull();
    expect(checkPriceTiers(GUANGZHOU)).toBeNull();
  });

  it('needs exactly one standard tier with both prices, and names the field it refuses', () => {
    const [standard, elder, worker] = CHUXIN_TIERS as [PriceTier, PriceTier, PriceTier];
    expect(checkPriceTiers([elder])?.fields).toEqual(['tiers']);
    expect(checkPriceTiers([standard, { ...standard, id: 'standard2' }])?.fields).toEqual(['tiers']);
    expect(checkPriceTiers([{ ...standard, prices: { lunch: 1500, dinner: null } }])?.fields).toEqual(['tiers.0.prices']);
    expect(checkPriceTiers([standard, { ...elder, id: 'e80' }, elder])?.fields).toEqual(['tiers.2.minAge']);
    expect(checkPriceTiers([standard, { ...worker, prices: { lunch: 990, dinner: 990 } }])?.fields).toEqual(['tiers.1.prices']);
    expect(checkPriceTiers([standard, { ...worker, group: null }])?.fields).toEqual(['tiers.1.group']);
    expect(checkPriceTiers([standard, elder, { ...elder, minAge: 80 }])?.fields).toEqual(['tiers.2.id']);
  });
});
