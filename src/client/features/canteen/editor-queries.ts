/**
 * Read functions of the menu editor, from this phone's copy (offline too): the canteens the
 * actor runs, and a week's meals with the drafts that only staff have. Kept apart from
 * canteen-queries on purpose: when a second lazy chunk (after 我的预订) imports that first-screen
 * module, the bundler splits the shared registry out of the first screen's chunk, about 1.4 KB
 * more to download before the menu shows (measured with npm run build).
 */
import type { Canteen } from '../../../shared/canteen/canteen';
import { runsCanteen } from '../../../shared/canteen/canteen-staff';
import type { Dish } from '../../../shared/canteen/dish';
import type { MealSlot } from '../../../shared/canteen/meal-slot';
import type { Actor } from '../../../shared/member';
import { addDays } from '../../../shared/time';
import type { AppDb } from '../../data/db';

/** The canteens of the actor's communities that the actor runs, by name. */
export async function listRunCanteens(db: AppDb, actor: Actor): Promise<Canteen[]> {
  const canteens = await db.canteen.where('communityId').anyOf(actor.communityIds).toArray();
  return canteens.filter((c) => runsCanteen(actor, c.communityId)).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** Every meal of a canteen in the week starting on `monday`, drafts included. */
export async function listWeekMeals(db: AppDb, canteenId: string, monday: string): Promise<MealSlot[]> {
  return db.mealSlot.where('[canteenId+date]').between([canteenId, monday], [canteenId, addDays(monday, 6)], true, true).toArray();
}

/** The canteen's dishes, shown or not yet shown to residents. */
export async function listCanteenDishes(db: AppDb, canteenId: string): Promise<Dish[]> {
  return db.dish.where('canteenId').equals(canteenId).toArray();
}
