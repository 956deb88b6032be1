import type { Kysely } from 'kysely';
import { cutoffFor } from '../../shared/canteen/meal-slot';
import { addDays, shanghaiDate, weekDates, weekStart } from '../../shared/time';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/write-transaction';
import { DEMO_CANTEENS, DEMO_COMMUNITIES, DEMO_HOUSEHOLDS, DEMO_PEOPLE, DEMO_STREET_OFFICE, type DemoCanteen } from './demo-data';
import { SeedWriter } from './seed-writer';
import { seedHelpDemo } from '../help/help-demo';
// events
import { seedEventDemo } from '../events/event-demo';

export { DEMO_LOGINS } from './demo-data';

/** Seats already taken in the demo's near-full slot (tomorrow's lunch at 初心食堂). */
const NEAR_FULL_LEFT = 2;

/** Dates with menus: the week holding today (Asia/Shanghai) and the next one. */
function menuDates(now: Date): string[] {
  const monday = weekStart(shanghaiDate(now));
  return [...weekDates(monday), ...weekDates(addDays(monday, 7))];
}

/** Picks a day's dishes: a staple, two mains and a soup or vegetable, rotating by day. */
function dishesFor(dishIds: string[], dayIndex: number, meal: 'lunch' | 'dinner'): string[] {
  const n = dishIds.length;
  const start = (dayIndex * 3 + (meal === 'dinner' ? 5 : 0)) % n;
  return [0, 1, 2, 3].map((i) => dishIds[(start + i * 2) % n] ?? dishIds[0] ?? '').filter((id) => id !== '');
}

/** Seeds one canteen with its dishes and a fortnight of meal slots. */
async function seedCanteen(w: SeedWriter, demo: DemoCanteen, dates: string[], nearFullDate: string): Promise<void> {
  const { canteen } = demo;
  await w.canteen(canteen);
  const dishIds = demo.dishes.map((_, i) => `${canteen.id}-d${String(i + 1).padStart(2, '0')}`);
  for (const [i, [name, tags]] of demo.dishes.entries()) {
    await w.dish({ id: dishIds[i] ?? '', canteenId: canteen.id, name, tags }, canteen.communityId);
  }
  for (const [dayIndex, date] of dates.entries()) {
    for (const meal of demo.meals) {
      const nearFull = canteen.id === 'c-chuxin' && meal === 'lunch' && date === nearFullDate;
      await w.mealSlot({
        id: `${canteen.id}-${date}-${meal}`, canteenId: canteen.id, communityId: canteen.communityId, date, meal,
        dishIds: dishesFor(dishIds, dayIndex, meal), seats: demo.slotSeats,
        seatsTaken: nearFull ? demo.slotSeats - NEAR_FULL_LEFT : 0,
        cutoffAt: cutoffFor(canteen, date, meal).toISOString(),
        // delivery by volunteers is not offered for dinner: they go home at five
        modes: meal === 'dinner' ? demo.modes.filter((m) => m !== 'delivery') : demo.modes,
        prices: demo.prices[meal],
      });
    }
  }
}

/**
 * Seeds the demo street office, its people and canteens, and menus for this week and next
 * relative to now. Idempotent: rows that exist are left alone, so it runs at every demo start
 * and adds the new week's menus as time passes.
 */
export async function seedDemo(db: Kysely<Database>, now: Date): Promise<{ communityIds: string[] }> {
  const { communityIds } = await writeTransaction(db, async (trx, record) => {
    const w = new SeedWriter(trx, record, now.toISOString());
    await w.streetOffice(DEMO_STREET_OFFICE.id, DEMO_STREET_OFFICE.name);
    for (const c of DEMO_COMMUNITIES) await w.community(c.id, DEMO_STREET_OFFICE.id, c.name);
    for (const h of DEMO_HOUSEHOLDS) await w.household(h.id, h.communityId, h.name);
    for (const p of DEMO_PEOPLE) await w.member(p);
    const dates = menuDates(now);
    const tomorrow = addDays(shanghaiDate(now), 1);
    for (const demo of DEMO_CANTEENS) await seedCanteen(w, demo, dates, tomorrow);
    // help on request: service kinds and the weekly visit schedule (main.ts runs the visit job)
    await seedHelpDemo(trx, record);
    // events: 碧霞湖社区's calendar for this week and next
    await seedEventDemo(trx, record, now);
  });
  return { communityIds };
}
