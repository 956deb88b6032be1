import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { mutationArgsSchemas, type MutationName } from '../../../src/shared/sync/mutations';
import { isPausedOn, resumedPause, standingOrderDates, type StandingOrder } from '../../../src/shared/canteen/standing-order';
import { checkMarkDelivered, groupDeliveries, isDeliveryEligible } from '../../../src/shared/canteen/delivery';
import { checkServe, makeServing, type ServeContext } from '../../../src/shared/canteen/meal-serving';
import { mealTicketCode } from '../../../src/shared/canteen/meal-ticket';
import { buildPrepList } from '../../../src/shared/canteen/prep-list';
import { servedPerDay } from '../../../src/shared/canteen/figures';
import type { Booking } from '../../../src/shared/canteen/booking';
import { actorOf, chuxinCanteen, member } from '../fixtures';

// lunch Monday to Friday from Monday 2026-11-23
const ORDER: Pick<StandingOrder, 'weekdays' | 'startDate' | 'pausedFrom' | 'resumeOn' | 'ended'> = {
  weekdays: [1, 2, 3, 4, 5], startDate: '2026-11-23', pausedFrom: null, resumeOn: null, ended: false,
};

describe('standing-order expansion', () => {
  it('gives the weekdays from its start, none before it', () => {
    expect(standingOrderDates(ORDER, '2026-11-20', '2026-11-29')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
    expect(standingOrderDates({ ...ORDER, weekdays: [6, 7] }, '2026-11-23', '2026-12-06')).toEqual(['2026-11-28', '2026-11-29', '2026-12-05', '2026-12-06']);
  });

  it('skips the days of a pause, from its first day up to the day it resumes', () => {
    const paused = { ...ORDER, pausedFrom: '2026-11-25', resumeOn: '2026-12-01' };
    expect(standingOrderDates(paused, '2026-11-23', '2026-12-02')).toEqual(['2026-11-23', '2026-11-24', '2026-12-01', '2026-12-02']);
    expect(isPausedOn(paused, '2026-11-25')).toBe(true);
    expect(isPausedOn(paused, '2026-12-01')).toBe(false);
  });

  it('skips every day after a pause without an end, and none once ended', () => {
    expect(standingOrderDates({ ...ORDER, pausedFrom: '2026-11-26', resumeOn: null }, '2026-11-23', '2026-12-31')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25']);
    expect(standingOrderDates({ ...ORDER, ended: true }, '2026-11-23', '2026-11-30')).toEqual([]);
  });

  it('resuming before the pause begins drops it; later, ends it then', () => {
    expect(resumedPause({ pausedFrom: '2026-11-25' }, '2026-11-24')).toEqual({ pausedFrom: null, resumeOn: null });
    expect(resumedPause({ pausedFrom: '2026-11-25' }, '2026-11-27')).toEqual({ pausedFrom: '2026-11-25', resumeOn: '2026-11-27' });
  });
});

describe('delivery eligibility (送餐上门)', () => {
  const canteen = chuxinCanteen();
  it('is for elders from the delivery age on a verified birth date, counted on the meal\'s date', () => {
    const turning80 = member({ birthDate: '1946-11-25' });
    expect(isDeliveryEligible(turning80, null, canteen, '2026-11-24')).toBe(false);
    expect(isDeliveryEligible(turning80, null, canteen, '2026-11-25')).toBe(true);
    expect(isDeliveryEligible({ ...turning80, ageVerified: false }, null, canteen, '2026-11-25')).toBe(false);
  });

  it('is for anyone with a disability, and for elders living alone from the elder age', () => {
    const sixtyFive = member({ birthDate: '1961-05-01' });
    expect(isDeliveryEligible(sixtyFive, null, canteen, '2026-11-25')).toBe(false);
    expect(isDeliveryEligible(sixtyFive, { disability: false, livesAlone: true }, canteen, '2026-11-25')).toBe(true);
    expect(isDeliveryEligible(member({ birthDate: '1990-01-01' }), { disability: false, livesAlone: true }, canteen, '2026-11-25')).toBe(false);
    expect(isDeliveryEligible(member({ birthDate: '1990-01-01', ageVerified: false }), { disability: true, livesAlone: false }, canteen, '2026-11-25')).toBe(true);
  });

  it('takes the elder age from the canteen\'s youngest elder tier, or the delivery age where it has none', () => {
    const livingAlone = { disability: false, livesAlone: true };
    const seventyFive = member({ birthDate: '1951-05-01' });
    // 站南爱老公益食堂: 助老价 from 80, so a 75-year-old living alone is not yet an elder there
    const zhannan = chuxinCanteen({ priceTiers: [
      { id: 'standard', kind: 'standard', minAge: null, group: null, prices: { lunch: 1000, dinner: 1000 } },
      { id: 'elder', kind: 'elder', minAge: 80, group: null, prices: { lunch: 600, dinner: 600 } },
    ] });
    expect(isDeliveryEligible(seventyFive, livingAlone, canteen, '2026-11-25')).toBe(true);
    expect(isDeliveryEligible(seventyFive, livingAlone, zhannan, '2026-11-25')).toBe(false);
    const noElderPrice = chuxinCanteen({ deliveryAge: 70, priceTiers: zhannan.priceTiers.slice(0, 1) });
    expect(isDeliveryEligible(seventyFive, livingAlone, noElderPrice, '2026-11-25')).toBe(true);
    expect(isDeliveryEligible(member({ birthDate: '1961-05-01' }), livingAlone, noElderPrice, '2026-11-25')).toBe(false);
  });
});

const booking: Booking = {
  id: 'b1', slotId: 's1', canteenId: 'canteen-chuxin', communityId: 'lingyun', dinerId: 'wang-xiuying', bookedById: 'wang-xiuying',
  householdId: 'household-wang', mode: 'dineIn', status: 'confirmed', priceTier: 'elder', priceFen: 1200,
  createdAt: '2026-11-24T00:00:00.000Z', cancelledAt: null,
};
const staff = actorOf(member({ id: 'zhao-min', role: 'staff', householdId: null }));

function serve(overrides: Partial<ServeContext> = {}): ServeContext {
  return {
    actor: staff, booking, canteen: chuxinCanteen(), slot: { date: '2026-11-25' }, served: null,
    servedAt: new Date('2026-11-25T04:00:00Z'), charge: { grams: 420, chargedFen: 1260 }, ...overrides,
  };
}

describe('serving at the counter', () => {
  it('lets staff charge a weighed meal and refuses anyone else a price', () => {
    expect(checkServe(serve())).toBeNull();
    expect(checkServe(serve({ actor: actorOf(member()) }))?.code).toBe('FORBIDDEN');
    expect(checkServe(serve({ actor: { ...staff, role: 'volunteer' } }))?.code).toBe('FORBIDDEN');
  });

  it('tells a second counter who served the meal and when', () => {
    expect(checkServe(serve({ served: { servedByName: '孙强', servedAt: '2026-11-25T03:58:00.000Z' } }))).toMatchObject({
      code: 'ALREADY_SERVED', detail: { byName: '孙强', at: '2026-11-25T03:58:00.000Z' },
    });
  });

  it('charges a fixed-price meal what was booked', () => {
    const worker = { ...booking, priceTier: 'worker' as const, priceFen: 990 };
    expect(checkServe(serve({ booking: worker }))).toMatchObject({ code: 'INVALID', fields: ['chargedFen'] });
    const none = { grams: null, chargedFen: null };
    expect(checkServe(serve({ booking: worker, charge: none }))).toBeNull();
    expect(makeServing(worker, { date: '2026-11-25', meal: 'lunch' }, none, { id: 'zhao-min', name: '赵敏', at: 'x', how: 'counter' }).chargedFen).toBe(990);
  });

  it('refuses serving before the meal\'s day (Shanghai) and a cancelled booking', () => {
    expect(checkServe(serve({ servedAt: new Date('2026-11-24T15:59:00Z') }))).toMatchObject({ code: 'INVALID', fields: ['servedAt'] });
    expect(checkServe(serve({ servedAt: new Date('2026-11-24T16:00:00Z') }))).toBeNull();
    expect(checkServe(serve({ booking: { ...booking, status: 'cancelled' } }))?.code).toBe('ALREADY_CANCELLED');
  });
});

describe('the 取餐码 and the prep list', () => {
  it('derives six stable digits from the booking id', () => {
    expect(mealTicketCode('b1')).toMatch(/^\d{6}$/);
    expect(mealTicketCode('b1')).toBe(mealTicketCode('b1'));
    expect(mealTicketCode('b1')).not.toBe(mealTicketCode('b2'));
  });

  it('counts one portion of every dish per confirmed booking', () => {
    const list = buildPrepList({
      slot: { id: 's1', date: '2026-11-25', meal: 'lunch', dishIds: ['d1', 'd2'] },
      dishes: [{ id: 'd1', name: '清蒸鲈鱼' }, { id: 'd2', name: '米饭' }],
      bookings: [
        { slotId: 's1', status: 'confirmed', mode: 'dineIn', dinerId: 'a' },
        { slotId: 's1', status: 'confirmed', mode: 'delivery', dinerId: 'b' },
        { slotId: 's1', status: 'cancelled', mode: 'pickup', dinerId: 'c' },
        { slotId: 's2', status: 'confirmed', mode: 'pickup', dinerId: 'd' },
      ],
      dietNotes: [{ residentId: 'b', conditions: ['softFood'], allergies: '', note: '' }, { residentId: 'c', conditions: ['lowSalt'], allergies: '', note: '' }],
      nameOf: (id) => ({ a: '王秀英', b: '吴德福' })[id] ?? '',
    });
    expect(list.total).toBe(2);
    expect(list.dishes.map((d) => [d.name, d.total, d.byMode.delivery])).toEqual([['清蒸鲈鱼', 2, 1], ['米饭', 2, 1]]);
    expect(list.dietLines).toEqual([{ dinerId: 'b', dinerName: '吴德福', mode: 'delivery', conditions: ['softFood'], allergies: '', note: '' }]);
  });
});

describe('the delivery round', () => {
  const stop = (building: string, floor: number | null, room: string, dinerName: string) => ({ building, floor, room, dinerName });

  it('groups stops by building in the order residents count them, then floor from the ground up', () => {
    const grouped = groupDeliveries([stop('10栋', 2, '201', '甲'), stop('5栋', 6, '601', '乙'), stop('5栋', 3, '302', '丙'), stop('5栋', 3, '301', '丁')]);
    expect(grouped.map((b) => [b.building, b.floors.map((f) => [f.floor, f.stops.map((s) => s.dinerName)])])).toEqual([
      ['5栋', [[3, ['丁', '丙']], [6, ['乙']]]],
      ['10栋', [[2, ['甲']]]],
    ]);
  });

  it('lets the community\'s volunteers and staff mark a meal delivered once, on or after its day', () => {
    const volunteer = { ...staff, role: 'volunteer' as const };
    const open = { communityId: 'lingyun', date: '2026-11-25', deliveredAt: null, deliveredByName: null };
    const noon = new Date('2026-11-25T04:00:00Z');
    expect(checkMarkDelivered(volunteer, open, noon)).toBeNull();
    expect(checkMarkDelivered(actorOf(member()), open, noon)?.code).toBe('FORBIDDEN');
    expect(checkMarkDelivered({ ...volunteer, communityIds: ['cangnanjie'] }, open, noon)?.code).toBe('FORBIDDEN');
    expect(checkMarkDelivered(volunteer, open, new Date('2026-11-24T04:00:00Z'))?.code).toBe('INVALID');
    expect(checkMarkDelivered(volunteer, { ...open, deliveredAt: '2026-11-25T03:40:00.000Z', deliveredByName: '刘洋' }, noon))
      .toMatchObject({ code: 'ALREADY_SERVED', detail: { byName: '刘洋' } });
  });
});

describe('figures', () => {
  it('counts meals served per day and kind of tier, zero on days without any, nothing outside the span', () => {
    const served = servedPerDay([
      { date: '2026-11-23', priceTier: 'elder', canteenId: 'canteen-chuxin' }, { date: '2026-11-23', priceTier: 'elder', canteenId: 'canteen-chuxin' },
      { date: '2026-11-23', priceTier: 'worker', canteenId: 'canteen-chuxin' }, { date: '2026-11-25', priceTier: 'standard', canteenId: 'canteen-chuxin' },
      { date: '2026-11-30', priceTier: 'elder', canteenId: 'canteen-chuxin' },
    ], [chuxinCanteen()], '2026-11-23', '2026-11-25');
    expect(served.dates).toEqual(['2026-11-23', '2026-11-24', '2026-11-25']);
    expect(served.byKind).toEqual({ standard: [0, 0, 1], elder: [2, 0, 0], group: [1, 0, 0] });
    expect(served.total).toBe(4);
  });

  it('adds up kinds across canteens whose tiers differ, by each canteen\'s own tiers', () => {
    // 站南's elder price starts at 80 and is called elder80 here; 初心's 'elder' starts at 60
    const zhannan = chuxinCanteen({ id: 'canteen-zhannan', priceTiers: [
      { id: 'standard', kind: 'standard', minAge: null, group: null, prices: { lunch: 1000, dinner: 1000 } },
      { id: 'elder80', kind: 'elder', minAge: 80, group: null, prices: { lunch: 600, dinner: 600 } },
    ] });
    const served = servedPerDay([
      { date: '2026-11-23', priceTier: 'elder', canteenId: 'canteen-chuxin' },
      { date: '2026-11-23', priceTier: 'elder80', canteenId: 'canteen-zhannan' },
      // a tier staff have since removed counts as standard
      { date: '2026-11-23', priceTier: 'retired', canteenId: 'canteen-zhannan' },
    ], [chuxinCanteen(), zhannan], '2026-11-23', '2026-11-23');
    expect(served.byKind).toEqual({ standard: [1], elder: [2], group: [0] });
  });
});

describe('typed text in the canteen\'s mutations', () => {
  it('refuses control characters (NUL, which PostgreSQL cannot store) in diet notes, addresses, walk-in names and dish names', () => {
    const refused = (name: MutationName, args: unknown) => !v.safeParse(mutationArgsSchemas[name], args).success;
    expect(refused('saveDietNote', { residentId: 'r1', conditions: [], allergies: 'a\u0000b', note: '' })).toBe(true);
    expect(refused('saveDietNote', { residentId: 'r1', conditions: [], allergies: '花生', note: '菜要软烂\n少放盐' })).toBe(false);
    expect(refused('saveDeliveryProfile', { residentId: 'r1', building: '5栋\u0000', floor: 3, room: '', disability: false, livesAlone: false })).toBe(true);
    expect(refused('saveDish', { dishId: 'd1', canteenId: 'c1', name: '红烧\u0000肉', tags: [], allergens: [], photoId: null })).toBe(true);
    expect(refused('serveWalkIn', {
      bookingId: 'b1', slotId: 's1', dinerId: 'p1', newResident: { name: '吴\u0007德福', birthDate: null }, servedAt: '2026-11-25T04:00:00.000Z', grams: null, chargedFen: null,
    })).toBe(true);
  });
});
