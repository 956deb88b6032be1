import type { Canteen } from '../../../src/shared/canteen/canteen';
import type { Dish } from '../../../src/shared/canteen/dish';
import type { MealSlot } from '../../../src/shared/canteen/meal-slot';
import type { Member } from '../../../src/shared/member';
import { chuxinCanteen, member as sharedMember, wednesdayLunch } from '../../shared/fixtures';

// The screens' fixtures are the shared ones with the ids and counts the component tests read.

/** Monday 2026-11-23, 10:00 in Shanghai. */
export const NOW = new Date('2026-11-23T02:00:00Z');

/** 初心食堂 at a fixed price, elder price from 60, lunch closes 09:00 on the day. */
export function canteen(overrides: Partial<Canteen> = {}): Canteen {
  return chuxinCanteen({ id: 'c-chuxin', pricing: 'fixed', ...overrides });
}

/** Wednesday 2026-11-25 lunch, 12 of 40 seats left, booking closes 09:00 that day. */
export function slot(overrides: Partial<MealSlot> = {}): MealSlot {
  return wednesdayLunch({ id: 's-wed-lunch', canteenId: 'c-chuxin', dishIds: ['d-tofu', 'd-fish'], seats: 40, seatsTaken: 28, ...overrides });
}

/** A resident; verified birth date and groups decide the price tier. */
export function member(overrides: Partial<Member> = {}): Member {
  return sharedMember({ id: 'm-li', householdId: 'h-li', name: '李建国', birthDate: '1990-05-01', ...overrides });
}

/** An 82-year-old mother in the same household. */
export const MOTHER = member({ id: 'm-wang', name: '王秀英', birthDate: '1944-03-08', hasLogin: false });

export const DISHES: Dish[] = [
  { id: 'd-tofu', canteenId: 'c-chuxin', name: '肉末豆腐', tags: ['soft', 'lowSalt'], allergens: ['soy'], photoId: null },
  { id: 'd-fish', canteenId: 'c-chuxin', name: '清蒸鲈鱼', tags: ['meat'], allergens: ['fish'], photoId: null },
];
