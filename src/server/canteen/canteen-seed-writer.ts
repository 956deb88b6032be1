import type { Canteen } from '../../shared/canteen/canteen';
import type { Dish } from '../../shared/canteen/dish';
import type { MealSlot } from '../../shared/canteen/meal-slot';
import { SeedWriter } from '../demo/seed-writer';
import { insertCanteen, insertDish, insertMealSlot } from './canteen.repository';
import { recordDish, recordMealSlot } from './canteen-changes';

/** Seeds canteens, dishes and meal slots the way SeedWriter seeds people: missing rows only, recorded for sync. */
export class CanteenSeedWriter extends SeedWriter {
  /** Adds a canteen. */
  async canteen(c: Canteen): Promise<void> {
    if (await this.exists('canteens', c.id)) return;
    await insertCanteen(this.trx, c);
    await this.record(this.trx, { entity: 'canteen', id: c.id, communityId: c.communityId, householdId: null, ownerId: null });
  }

  /** Adds a dish of a canteen in a community. */
  async dish(d: Dish, communityId: string): Promise<void> {
    if (await this.exists('dishes', d.id)) return;
    await insertDish(this.trx, d);
    await recordDish(this.trx, this.record, d.id, communityId, true);
  }

  /** Adds a meal slot. */
  async mealSlot(s: MealSlot): Promise<void> {
    if (await this.exists('meal_slots', s.id)) return;
    await insertMealSlot(this.trx, s);
    await recordMealSlot(this.trx, this.record, s);
  }
}
