import * as v from 'valibot';
import { dateSchema, idSchema, instantSchema, textSchema } from '../validation';
import { mealSchema, serviceModeSchema } from './canteen';
import { ALLERGENS, DISH_TAGS, MAX_DISH_NAME, photoIdSchema } from './dish';
import { MAX_TIERS, priceTierSchema } from './price-tier';

/** The most dishes one meal offers. */
export const MAX_DISHES_PER_MEAL = 12;

/**
 * The menu editor's mutations (canteen staff only), with the schema of their arguments. Like every
 * mutation they queue offline and the server re-runs the rules in src/shared/canteen/menu-week.ts.
 */
export const menuMutations = {
  /** Add a dish to the canteen's list, or change one (name, tags, allergens, photo). */
  saveDish: v.object({
    dishId: idSchema,
    canteenId: idSchema,
    name: v.pipe(textSchema, v.trim(), v.minLength(1), v.maxLength(MAX_DISH_NAME)),
    tags: v.pipe(v.array(v.picklist(DISH_TAGS)), v.maxLength(DISH_TAGS.length)),
    allergens: v.pipe(v.array(v.picklist(ALLERGENS)), v.maxLength(ALLERGENS.length)),
    /** A photo uploaded (or still to be uploaded) under its SHA-256; null for none. */
    photoId: v.nullable(photoIdSchema),
  }),
  /** Draft a meal (new ones are drafts with the canteen's seats) or change one: dishes, cut-off, ways of serving. */
  saveMealSlot: v.object({
    canteenId: idSchema,
    date: dateSchema,
    meal: mealSchema,
    dishIds: v.pipe(v.array(idSchema), v.minLength(1), v.maxLength(MAX_DISHES_PER_MEAL)),
    cutoffAt: instantSchema,
    modes: v.pipe(v.array(serviceModeSchema), v.minLength(1)),
  }),
  /** Remove a draft meal (a day the canteen is closed). */
  removeMealSlot: v.object({ slotId: idSchema }),
  /** Copy the previous week's meals into the week of `monday` as drafts, in one action. */
  copyLastWeekMenu: v.object({ canteenId: idSchema, monday: dateSchema }),
  /** Publish every draft meal of the week of `monday`: residents see them at their next sync. */
  publishWeekMenu: v.object({ canteenId: idSchema, monday: dateSchema }),
  /** Replace the canteen's price tiers (standard, elder tiers by age, set meals for groups). */
  setPriceTiers: v.object({
    canteenId: idSchema,
    tiers: v.pipe(v.array(priceTierSchema), v.minLength(1), v.maxLength(MAX_TIERS)),
  }),
} as const;
