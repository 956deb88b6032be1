import type { Dish } from '../../shared/canteen/dish';
import { checkDishFields } from '../../shared/canteen/menu-week';
import { checkPriceTiers } from '../../shared/canteen/price-tier-rules';
import { RejectionError, refuse } from '../../shared/rejection';
import type { MutationHandler } from '../sync/mutation-context';
import { findDishes, insertDish } from './canteen.repository';
import { recordCanteen, recordDish } from './canteen-changes';
import { findShownDishIds, updateDish, updatePriceTiers } from './menu.repository';
import { canteenRunBy } from './menu.service';

/**
 * Adds a dish to a canteen's list or changes one. A new dish is staff-only until a published
 * menu shows it; a dish residents have seen changes for them too (a corrected name, a new photo).
 */
export const saveDish: MutationHandler<'saveDish'> = async ({ trx, recordChange, actor }, args) => {
  const canteen = await canteenRunBy(trx, actor, args.canteenId);
  const [existing] = await findDishes(trx, [args.dishId]);
  if (existing && existing.canteenId !== canteen.id) refuse('FORBIDDEN', ['dishId'], 'this dish belongs to another canteen');
  const refusal = checkDishFields(args);
  if (refusal) throw new RejectionError(refusal);
  const dish: Dish = { id: args.dishId, canteenId: canteen.id, name: args.name, tags: args.tags, allergens: args.allergens, photoId: args.photoId };
  if (existing) await updateDish(trx, dish);
  else await insertDish(trx, dish, false);
  const shown = (await findShownDishIds(trx, [dish.id])).has(dish.id);
  await recordDish(trx, recordChange, dish.id, canteen.communityId, shown);
};

/** Replaces a canteen's price tiers; bookings keep the price they were made at. */
export const setPriceTiers: MutationHandler<'setPriceTiers'> = async ({ trx, recordChange, actor }, args) => {
  const canteen = await canteenRunBy(trx, actor, args.canteenId);
  const refusal = checkPriceTiers(args.tiers);
  if (refusal) throw new RejectionError(refusal);
  await updatePriceTiers(trx, canteen.id, args.tiers);
  await recordCanteen(trx, recordChange, canteen);
};
