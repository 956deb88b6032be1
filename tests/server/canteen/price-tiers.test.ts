import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PriceTier } from '../../../src/shared/canteen/price-tier';
import { DIALECTS, useTestApp } from '../test-database';
import { CHUXIN_TIERS, loginAs, pullAll, push } from '../fixtures';
import { buildMenuCommunity, mutation } from './menu-fixtures';

/** Guangzhou-style tiers: 助老价 from 60 and a lower one from 80, besides the set lunch for 新就业群体. */
const WITH_80_PLUS: PriceTier[] = [
  ...CHUXIN_TIERS,
  { id: 'elder80', kind: 'elder', minAge: 80, group: null, prices: { lunch: 1000, dinner: 900 } },
];

/** A bookMeal that also sends a price and tier of its own choosing, as a tampered client might. */
function tamperedBooking(slotId: string, dinerId: string, claim: Record<string, unknown>) {
  const bookingId = randomUUID();
  return { bookingId, m: mutation('bookMeal', { bookingId, slotId, dinerId, mode: 'dineIn', ...claim }) };
}

describe.each(DIALECTS)('price tiers on %s', (kind) => {
  const t = useTestApp(kind);

  it('ignores a price or tier the phone sends: the server picks the tier from verified facts', async () => {
    const fx = await buildMenuCommunity(t.db, t.clock.now());
    const cases = [
      // 王秀英, 80 and verified, claims the standard price to look honest: still 助老价
      { person: fx.elder, claim: { priceTier: 'standard', priceFen: 1 }, tier: 'elder', fen: 1400 },
      // 李娜, 41, claims 助老价 and a price of her own: standard
      { person: fx.daughter, claim: { priceTier: 'elder', priceFen: 0, birthDate: '1940-01-01', ageVerified: true }, tier: 'standard', fen: 1800 },
      // 张伟, verified delivery rider, claims nothing: the 9.9-yuan lunch
      { person: fx.neighbour, claim: { priceTier: 'standard', groups: [] }, tier: 'worker', fen: 990 },
    ];
    for (const c of cases) {
      const { bookingId, m } = tamperedBooking(fx.slot.id, c.person.id, c.claim);
      expect((await push(t, await loginAs(t, c.person), [m])).results[0]?.status).toBe('applied');
      const row = await t.db.selectFrom('bookings').select(['price_tier', 'price_fen']).where('id', '=', bookingId).executeTakeFirstOrThrow();
      expect(row).toEqual({ price_tier: c.tier, price_fen: c.fen });
    }
  });

  it('lets staff add an 80+ tier; residents receive the tiers and the next booking is priced by them', async () => {
    const fx = await buildMenuCommunity(t.db, t.clock.now());
    const [staff, elder] = [await loginAs(t, fx.staff), await loginAs(t, fx.elder)];
    const cursor = (await pullAll(t, elder)).cursor;
    const set = await push(t, staff, [mutation('setPriceTiers', { canteenId: fx.canteen.id, tiers: WITH_80_PLUS })]);
    expect(set.results[0]?.status).toBe('applied');
    const seen = (await pullAll(t, elder, cursor)).changes.find((c) => c.entity === 'canteen' && c.id === fx.canteen.id);
    expect(seen?.op === 'put' && seen.row.priceTiers).toEqual(WITH_80_PLUS);
    const { bookingId, m } = tamperedBooking(fx.slot.id, fx.elder.id, {});
    await push(t, elder, [m]);
    const row = await t.db.selectFrom('bookings').select(['price_tier', 'price_fen']).where('id', '=', bookingId).executeTakeFirstOrThrow();
    expect(row).toEqual({ price_tier: 'elder80', price_fen: 1000 });
  });

  it('refuses tiers that do not hold together, naming the field', async () => {
    const fx = await buildMenuCommunity(t.db, t.clock.now());
    const staff = await loginAs(t, fx.staff);
    const [standard, elder, worker] = CHUXIN_TIERS as [PriceTier, PriceTier, PriceTier];
    const cases: [PriceTier[], string][] = [
      [[elder, worker], 'tiers'],
      [[standard, { ...elder, minAge: null }], 'tiers.1.minAge'],
      [[standard, worker, { ...worker, prices: { lunch: 990, dinner: 990 }, id: 'worker2' }], 'tiers.2.prices'],
      [[standard, elder, { ...elder, id: 'elder-again' }], 'tiers.2.minAge'],
      [[standard, { ...elder, minAge: 30 }], 'tiers.1.minAge'],
      [[{ ...standard, prices: { lunch: 1800, dinner: 1_000_000 } }], 'tiers.0.prices.dinner'],
    ];
    for (const [tiers, field] of cases) {
      const { results } = await push(t, staff, [mutation('setPriceTiers', { canteenId: fx.canteen.id, tiers })]);
      expect(results[0]).toMatchObject({ status: 'rejected', code: 'INVALID', fields: [field] });
    }
  });
});
