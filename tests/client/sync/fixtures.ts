import type { SessionInfo } from '../../../src/shared/auth';
import type { Canteen } from '../../../src/shared/canteen/canteen';
import type { Community } from '../../../src/shared/community';
import type { Dish } from '../../../src/shared/canteen/dish';
import type { MealSlot } from '../../../src/shared/canteen/meal-slot';
import type { Member } from '../../../src/shared/member';
import { openAppDb, type AppDb } from '../../../src/client/data/db';

/** "Now" in the tests: Monday 2026-11-23, 10:00 in Shanghai. */
export const NOW = new Date('2026-11-23T02:00:00.000Z');

export const community: Community = { id: 'c1', name: '站南社区', streetOffice: '某街道' };

export const me: Member = {
  id: 'm-me', communityId: 'c1', householdId: 'h1', name: '王芳', role: 'resident',
  birthDate: '1980-05-01', ageVerified: true, groups: [], hasLogin: true,
};
export const mother: Member = {
  id: 'm-mother', communityId: 'c1', householdId: 'h1', name: '李秀英', role: 'resident',
  birthDate: '1944-02-10', ageVerified: true, groups: [], hasLogin: false,
};
export const neighbour: Member = {
  id: 'm-neighbour', communityId: 'c1', householdId: 'h2', name: '张伟', role: 'resident',
  birthDate: null, ageVerified: false, groups: [], hasLogin: true,
};

export const session: SessionInfo = { user: { ...me, phone: '13800000000' }, communityIds: ['c1'] };
export const neighbourSession: SessionInfo = { user: { ...neighbour, phone: '13900000000' }, communityIds: ['c1'] };

export const canteen: Canteen = {
  id: 'ct1', communityId: 'c1', name: '站南长者食堂', address: '站南路1号', seats: 40, pricing: 'fixed',
  minAge: null, deliveryAge: 70,
  priceTiers: [
    { id: 'standard', kind: 'standard', minAge: null, group: null, prices: { lunch: 1500, dinner: 1500 } },
    { id: 'elder', kind: 'elder', minAge: 60, group: null, prices: { lunch: 1000, dinner: 1000 } },
  ],
  cutoffs: { lunch: { daysBefore: 1, time: '20:00' }, dinner: { daysBefore: 0, time: '10:00' } },
};

export const dishes: Dish[] = [
  { id: 'd1', canteenId: 'ct1', name: '清蒸鱼', tags: ['soft', 'meat'], allergens: ['fish'], photoId: null },
  { id: 'd2', canteenId: 'ct1', name: '青菜', tags: ['vegetable', 'lowSalt'], allergens: [], photoId: null },
];

/** A slot on a date; cut-offs lie in the future of NOW unless overridden. */
export function slot(over: Partial<MealSlot> & Pick<MealSlot, 'id'>): MealSlot {
  return {
    canteenId: 'ct1', communityId: 'c1', date: '2026-11-25', meal: 'lunch', dishIds: ['d1', 'd2'],
    seats: 10, seatsTaken: 0, cutoffAt: '2026-11-24T12:00:00.000Z', modes: ['dineIn', 'pickup'],
    published: true,
    ...over,
  };
}

/** A fresh database with its own name, so tests never share state. */
export function freshDb(): AppDb {
  return openAppDb(`test-${crypto.randomUUID()}`);
}
