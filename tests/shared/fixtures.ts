import type { Canteen } from '../../src/shared/canteen/canteen';
import type { MealSlot } from '../../src/shared/canteen/meal-slot';
import type { PriceTier } from '../../src/shared/canteen/price-tier';
import type { Actor, Member } from '../../src/shared/member';

/** 初心食堂's tiers in the tests: standard ¥15 (an estimate when weighed), 助老价 ¥12 from 60, the 9.9-yuan set lunch for 新就业群体. */
export const CHUXIN_TIERS: PriceTier[] = [
  { id: 'standard', kind: 'standard', minAge: null, group: null, prices: { lunch: 1500, dinner: 1500 } },
  { id: 'elder', kind: 'elder', minAge: 60, group: null, prices: { lunch: 1200, dinner: 1200 } },
  { id: 'worker', kind: 'group', minAge: null, group: 'newEmployment', prices: { lunch: 990, dinner: null } },
];

/** 初心食堂 of 凌云社区: weighed pricing, elder price from 60, lunch closes 09:00 the same day. */
export function chuxinCanteen(overrides: Partial<Canteen> = {}): Canteen {
  return {
    id: 'canteen-chuxin',
    communityId: 'lingyun',
    name: '初心食堂',
    address: '凌云社区党群服务中心一楼',
    seats: 60,
    pricing: 'weighed',
    priceTiers: CHUXIN_TIERS,
    minAge: null,
    deliveryAge: 80,
    cutoffs: { lunch: { daysBefore: 0, time: '09:00' }, dinner: { daysBefore: 0, time: '15:00' } },
    ...overrides,
  };
}

/** Wednesday 2026-11-25 lunch at 初心食堂, published. */
export function wednesdayLunch(overrides: Partial<MealSlot> = {}): MealSlot {
  return {
    id: 'slot-wed-lunch',
    canteenId: 'canteen-chuxin',
    communityId: 'lingyun',
    date: '2026-11-25',
    meal: 'lunch',
    dishIds: ['dish-hongshao', 'dish-qingcai'],
    seats: 60,
    seatsTaken: 10,
    cutoffAt: '2026-11-25T01:00:00.000Z',
    modes: ['dineIn', 'pickup'],
    published: true,
    ...overrides,
  };
}

/** A person of 凌云社区; by default 王秀英, born 1946, age verified. */
export function member(overrides: Partial<Member> = {}): Member {
  return {
    id: 'wang-xiuying',
    communityId: 'lingyun',
    householdId: 'household-wang',
    name: '王秀英',
    role: 'resident',
    birthDate: '1946-03-12',
    ageVerified: true,
    groups: [],
    hasLogin: true,
    ...overrides,
  };
}

/** The actor a member is when logged in. */
export function actorOf(m: Member, communityIds = [m.communityId]): Actor {
  return { id: m.id, role: m.role, communityId: m.communityId, householdId: m.householdId, communityIds };
}
