import type { Canteen } from '../../../src/shared/canteen';
import type { Dish } from '../../../src/shared/dish';
import type { MealSlot } from '../../../src/shared/meal-slot';
import type { Member } from '../../../src/shared/member';

/** Monday 2026-11-23, 10:00 in Shanghai. */
export const NOW = new Date('2026-11-23T02:00:00Z');

/** 初心食堂: weighed, elder price from 60, lunch closes 09:00 on the day. */
export function canteen(overrides: Partial<Canteen> = {}): Canteen {
  return {
    id: 'c-chuxin',
    communityId: 'lingyun',
    name: '初心食堂',
    address: '凌云社区党群服务中心一楼',
    seats: 60,
    pricing: 'fixed',
    elderAge: 60,
    minAge: null,
    deliveryAge: 80,
    cutoffs: { lunch: { daysBefore: 0, time: '09:00' }, dinner: { daysBefore: 0, time: '15:00' } },
    ...overrides,
  };
}

/** Wednesday 2026-11-25 lunch, 12 of 40 seats left, booking closes 09:00 that day. */
export function slot(overrides: Partial<MealSlot> = {}): MealSlot {
  return {
    id: 's-wed-lunch',
    canteenId: 'c-chuxin',
    communityId: 'lingyun',
    date: '2026-11-25',
    meal: 'lunch',
    dishIds: ['d-tofu', 'd-fish'],
    seats: 40,
    seatsTaken: 28,
    cutoffAt: '2026-11-25T01:00:00.000Z',
    modes: ['dineIn', 'pickup'],
    prices: { standard: 1500, elder: 1200, worker: 990 },
    ...overrides,
  };
}

/** A resident; verified birth date and groups decide the price tier. */
export function member(overrides: Partial<Member> = {}): Member {
  return {
    id: 'm-li',
    communityId: 'lingyun',
    householdId: 'h-li',
    name: '李建国',
    role: 'resident',
    birthDate: '1990-05-01',
    ageVerified: true,
    groups: [],
    hasLogin: true,
    ...overrides,
  };
}

/** An 82-year-old mother in the same household. */
export const MOTHER = member({ id: 'm-wang', name: '王秀英', birthDate: '1944-03-08', hasLogin: false });

export const DISHES: Dish[] = [
  { id: 'd-tofu', canteenId: 'c-chuxin', name: '肉末豆腐', tags: ['soft', 'lowSalt'] },
  { id: 'd-fish', canteenId: 'c-chuxin', name: '清蒸鲈鱼', tags: ['meat'] },
];
