import { describe, expect, it } from 'vitest';
import { isFixedPrice, priceForDiner, priceTierFor } from '../../../src/shared/canteen/pricing';
import { formatYuan } from '../../../src/shared/money';
import { chuxinCanteen, member, wednesdayLunch } from '../fixtures';

describe('price per tier', () => {
  const canteen = chuxinCanteen();
  const lunch = wednesdayLunch();

  it('gives a verified 80-year-old the elder price', () => {
    expect(priceForDiner(member(), canteen, lunch)).toEqual({ tier: 'elder', fen: 1200 });
  });

  it('charges the standard price when the age is not verified', () => {
    expect(priceForDiner(member({ ageVerified: false }), canteen, lunch)).toEqual({ tier: 'standard', fen: 1500 });
  });

  it('starts the elder price on the 60th birthday, not before', () => {
    expect(priceTierFor(member({ birthDate: '1966-11-25' }), canteen, lunch)).toBe('elder');
    expect(priceTierFor(member({ birthDate: '1966-11-26' }), canteen, lunch)).toBe('standard');
  });

  it('gives delivery riders the 9.9-yuan lunch but not at dinner', () => {
    const rider = member({ birthDate: '1990-05-01', groups: ['newEmployment'] });
    expect(priceForDiner(rider, canteen, lunch)).toEqual({ tier: 'worker', fen: 990 });
    expect(priceForDiner(rider, canteen, wednesdayLunch({ meal: 'dinner' }))).toEqual({ tier: 'standard', fen: 1500 });
  });

  it('picks the cheaper tier when a diner qualifies for two', () => {
    const elderRider = member({ groups: ['newEmployment'] });
    expect(priceTierFor(elderRider, canteen, lunch)).toBe('worker');
    expect(priceTierFor(elderRider, canteen, wednesdayLunch({ prices: { standard: 1500, elder: 800, worker: 990 } }))).toBe('elder');
  });

  it('falls back to standard where a slot has no price for the tier', () => {
    const noElder = wednesdayLunch({ prices: { standard: 1500, elder: null, worker: null } });
    expect(priceForDiner(member(), canteen, noElder)).toEqual({ tier: 'standard', fen: 1500 });
  });

  it('formats fen as yuan', () => {
    expect(formatYuan(990)).toBe('9.90');
    expect(formatYuan(1200)).toBe('12.00');
    expect(formatYuan(5)).toBe('0.05');
  });
});

describe('fixed or estimated', () => {
  it('fixes every price of a fixed canteen, and the worker set lunch anywhere', () => {
    expect(isFixedPrice('standard', 'fixed')).toBe(true);
    expect(isFixedPrice('worker', 'weighed')).toBe(true);
    expect(isFixedPrice('standard', 'weighed')).toBe(false);
    expect(isFixedPrice('elder', 'weighed')).toBe(false);
  });
});
