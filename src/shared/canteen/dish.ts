import * as v from 'valibot';
import { idSchema } from '../validation';

/**
 * Tags residents filter and read by: soft food for elders without teeth, low salt, little oil,
 * low sugar, halal (清真), vegetarian (素食), and what kind of dish it is.
 */
export const DISH_TAGS = [
  'soft', 'lowSalt', 'lowOil', 'lowSugar', 'halal', 'vegetarian', 'meat', 'vegetable', 'staple', 'soup', 'spicy',
] as const;
export type DishTag = (typeof DISH_TAGS)[number];

/** Allergens a dish may contain: the eight groups GB 7718-2011 asks food labels to name, and sesame. */
export const ALLERGENS = ['gluten', 'shellfish', 'fish', 'egg', 'peanut', 'soy', 'milk', 'treeNut', 'sesame'] as const;
export type Allergen = (typeof ALLERGENS)[number];

/** A dish photo's id: the SHA-256 of its JPEG bytes in hex, so a photo is stored and cached once. */
export const photoIdSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

/** Where the server serves a dish photo (not under /api: it is cached like an image). */
export function dishPhotoPath(photoId: string): string {
  return `/media/dish-photos/${photoId}.jpg`;
}

/** The longest dish name: what fits on one line of a phone at elder size. */
export const MAX_DISH_NAME = 20;

/** A dish a canteen cooks; menus refer to dishes by id so a week's menu reuses them. */
export const dishSchema = v.object({
  id: idSchema,
  canteenId: idSchema,
  name: v.string(),
  tags: v.array(v.picklist(DISH_TAGS)),
  allergens: v.array(v.picklist(ALLERGENS)),
  photoId: v.nullable(photoIdSchema),
});
export type Dish = v.InferOutput<typeof dishSchema>;

/** What the phone shrinks a dish photo to (a JPEG of at most about 100 KB), so menus load on one bar of signal. */
export const PHOTO_TARGET_BYTES = 100_000;
/** The largest photo the server stores: the target, with room for a phone whose JPEG encoder overshoots. */
export const MAX_PHOTO_BYTES = 128 * 1024;
