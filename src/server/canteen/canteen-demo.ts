import type { Transaction } from 'kysely';
import type { Canteen } from '../../shared/canteen/canteen';
import type { Allergen, DishTag } from '../../shared/canteen/dish';
import type { PriceTier } from '../../shared/canteen/price-tier';
import { cutoffFor, mealSlotId } from '../../shared/canteen/meal-slot';
import { addDays, shanghaiDate, weekDates, weekStart } from '../../shared/time';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import { DEMO_COMMUNITIES } from '../demo/demo-data';
import { CanteenSeedWriter } from './canteen-seed-writer';
import { recountDemoSeats, seedDemoBookings } from './canteen-demo-bookings';

const LUNCH_DINNER_CUTOFFS = { lunch: { daysBefore: 0, time: '09:00' }, dinner: { daysBefore: 0, time: '15:00' } };

/** A demo canteen with the meals it serves, its slot seats and modes, and its dishes (name, tags, allergens). */
export interface DemoCanteen {
  canteen: Canteen;
  /** Weeks of menus the demo writes, from this one: 2 (this and next), or 1 where staff write next week's in 菜单管理. */
  weeks: 1 | 2;
  meals: ('lunch' | 'dinner')[];
  slotSeats: number;
  modes: ('dineIn' | 'pickup' | 'delivery')[];
  dishes: [string, DishTag[], Allergen[]][];
}

const commonDishes: [string, DishTag[], Allergen[]][] = [
  ['米饭', ['staple'], []], ['馒头', ['staple', 'soft'], ['gluten']], ['番茄炒蛋', ['vegetable', 'soft'], ['egg']],
  ['清炒小白菜', ['vegetable', 'lowSalt', 'vegetarian'], []], ['红烧肉', ['meat'], ['soy']], ['清蒸鲈鱼', ['meat', 'soft', 'lowSalt', 'lowOil'], ['fish']],
  ['冬瓜排骨汤', ['soup', 'meat', 'lowSalt'], []], ['麻婆豆腐', ['vegetable', 'spicy', 'soft'], ['soy']],
  ['土豆炖牛肉', ['meat', 'soft', 'halal'], []], ['蒜蓉西兰花', ['vegetable', 'lowSalt', 'vegetarian'], []],
  ['南瓜小米粥', ['staple', 'soft', 'lowSugar', 'vegetarian'], []],
  ['宫保鸡丁', ['meat', 'spicy'], ['peanut']], ['肉末蒸蛋', ['meat', 'soft', 'lowSalt'], ['egg']], ['紫菜蛋花汤', ['soup', 'lowSalt'], ['egg']],
  ['鱼香肉丝', ['meat', 'spicy'], []], ['白灼生菜', ['vegetable', 'lowSalt', 'lowOil', 'vegetarian'], ['soy']], ['山药炖鸡', ['meat', 'soup', 'soft'], []],
  ['凉拌黄瓜', ['vegetable', 'lowSalt', 'vegetarian'], ['sesame']],
];

/** A standard tier at a lunch and a dinner price (fen): what everyone pays, or its estimate when weighed. */
const standard = (lunch: number, dinner: number): PriceTier => ({ id: 'standard', kind: 'standard', minAge: null, group: null, prices: { lunch, dinner } });
/** An elder tier (助老价) from a verified age. */
const elder = (minAge: number, lunch: number, dinner: number): PriceTier => ({ id: 'elder', kind: 'elder', minAge, group: null, prices: { lunch, dinner } });

/** The demo canteens: the two real ones and a small 助餐点 in each other community. */
export const DEMO_CANTEENS: DemoCanteen[] = [
  {
    // weighed (称重计费): the prices are estimates; 助老价 from 60; the 9.9-yuan lunch for 新就业群体
    canteen: {
      id: 'c-chuxin', communityId: 'lingyun', name: '初心食堂', address: '凌云社区党群服务中心一楼', seats: 60, pricing: 'weighed', minAge: null, deliveryAge: 80, cutoffs: LUNCH_DINNER_CUTOFFS,
      priceTiers: [
        standard(1800, 1600), elder(60, 1400, 1200),
        { id: 'worker', kind: 'group', minAge: null, group: 'newEmployment', prices: { lunch: 990, dinner: null } },
      ],
    },
    weeks: 2, meals: ['lunch', 'dinner'], slotSeats: 60, modes: ['dineIn', 'pickup', 'delivery'],
    dishes: commonDishes,
  },
  {
    // 40 seats in 120 m², serving residents aged 80 and over
    canteen: {
      id: 'c-zhannan', communityId: 'cangnanjie', name: '站南爱老公益食堂', address: '仓南街社区站南路（120平方米）', seats: 40, pricing: 'fixed', minAge: 80, deliveryAge: 80, cutoffs: LUNCH_DINNER_CUTOFFS,
      priceTiers: [standard(1000, 1000), elder(80, 600, 600)],
    },
    // next week's menu is 周丽's to write: copy this week's in 菜单管理, change a dish, publish
    weeks: 1, meals: ['lunch'], slotSeats: 40, modes: ['dineIn', 'delivery'],
    dishes: commonDishes.filter(([, tags]) => !tags.includes('spicy')),
  },
  ...(['bixiahu', 'nongnaner', 'nongnanyi'] as const).map((communityId): DemoCanteen => ({
    canteen: {
      id: `c-${communityId}`, communityId, name: `${DEMO_COMMUNITIES.find((c) => c.id === communityId)?.name ?? ''}助餐点`,
      address: '社区服务站', seats: 20, pricing: 'fixed', minAge: null, deliveryAge: 80, cutoffs: LUNCH_DINNER_CUTOFFS,
      priceTiers: [standard(1500, 1500), elder(60, 1000, 1000)],
    },
    weeks: 2, meals: ['lunch'], slotSeats: 20, modes: ['dineIn', 'pickup'],
    dishes: commonDishes.slice(0, 12),
  })),
];

/** Dates with menus: the week holding today (Asia/Shanghai) and, for two weeks, the next one. */
function menuDates(now: Date, weeks: 1 | 2): string[] {
  const monday = weekStart(shanghaiDate(now));
  return weeks === 1 ? weekDates(monday) : [...weekDates(monday), ...weekDates(addDays(monday, 7))];
}

/** Picks a day's dishes: a staple, two mains and a soup or vegetable, rotating by day. */
function dishesFor(dishIds: string[], dayIndex: number, meal: 'lunch' | 'dinner'): string[] {
  const n = dishIds.length;
  const start = (dayIndex * 3 + (meal === 'dinner' ? 5 : 0)) % n;
  return [0, 1, 2, 3].map((i) => dishIds[(start + i * 2) % n] ?? dishIds[0] ?? '').filter((id) => id !== '');
}

/** Seeds one canteen with its dishes and its weeks of meal slots. */
async function seedCanteen(w: CanteenSeedWriter, demo: DemoCanteen, dates: string[]): Promise<void> {
  const { canteen } = demo;
  await w.canteen(canteen);
  const dishIds = demo.dishes.map((_, i) => `${canteen.id}-d${String(i + 1).padStart(2, '0')}`);
  for (const [i, [name, tags, allergens]] of demo.dishes.entries()) {
    await w.dish({ id: dishIds[i] ?? '', canteenId: canteen.id, name, tags, allergens, photoId: null }, canteen.communityId);
  }
  for (const [dayIndex, date] of dates.entries()) {
    for (const meal of demo.meals) {
      await w.mealSlot({
        id: mealSlotId(canteen.id, date, meal), canteenId: canteen.id, communityId: canteen.communityId, date, meal,
        dishIds: dishesFor(dishIds, dayIndex, meal), seats: demo.slotSeats,
        // seats are taken by booking rows only (seedDemoBookings), never by a bare count
        seatsTaken: 0,
        cutoffAt: cutoffFor(canteen, date, meal).toISOString(),
        // delivery by volunteers is not offered for dinner: they go home at five
        modes: meal === 'dinner' ? demo.modes.filter((m) => m !== 'delivery') : demo.modes,
        published: true,
      });
    }
  }
}

/**
 * The demo canteens with menus for this week and next relative to now (站南爱老公益食堂: this
 * week only). Idempotent: rows that exist are left alone, meals staff wrote included (same ids),
 * so it adds the new week's menus as time passes.
 */
export async function seedCanteenDemo(trx: Transaction<Database>, record: ChangeRecorder, now: Date): Promise<void> {
  const w = new CanteenSeedWriter(trx, record, now.toISOString());
  for (const demo of DEMO_CANTEENS) await seedCanteen(w, demo, menuDates(now, demo.weeks));
  await seedDemoBookings(trx, record, now);
  await recountDemoSeats(trx, record, DEMO_CANTEENS.map((d) => d.canteen.id));
}
