import { describe, expect, it } from 'vitest';
import { priceLabel, tierPriceLabel } from '../../../../src/client/features/canteen/price-label';
import '../../../../src/client/features/canteen/canteen-messages';
import { chuxinCanteen, member, wednesdayLunch } from '../../../shared/fixtures';

describe('price labels', () => {
  const weighed = chuxinCanteen();
  const lunch = wednesdayLunch();

  it('shows a weighed meal as an estimate and the set lunch as a price, at the tier verified facts give', () => {
    expect(priceLabel(member({ birthDate: '1990-01-01' }), weighed, lunch)).toBe('约 ¥15.00 · 按称重结算');
    expect(priceLabel(member(), weighed, lunch)).toBe('助老价 约 ¥12.00 · 按称重结算');
    expect(priceLabel(member({ birthDate: '1990-01-01', groups: ['newEmployment'] }), weighed, lunch)).toBe('爱心午餐 ¥9.90');
  });

  it('shows a fixed canteen\'s prices as prices', () => {
    expect(priceLabel(member(), chuxinCanteen({ pricing: 'fixed' }), lunch)).toBe('助老价 ¥12.00');
  });

  it('labels a booking by the tier it was made at, even if staff have since removed that tier', () => {
    expect(tierPriceLabel('worker', 990, weighed)).toBe('爱心午餐 ¥9.90');
    expect(tierPriceLabel('elder', 1200, weighed)).toBe('助老价 约 ¥12.00 · 按称重结算');
    expect(tierPriceLabel('elder90', 800, weighed)).toBe('约 ¥8.00 · 按称重结算');
  });
});
