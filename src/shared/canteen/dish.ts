import * as v from 'valibot';
import { idSchema } from '../validation';

/** Tags residents filter and read by: soft food for elders without teeth, low salt, and so on. */
export const DISH_TAGS = ['soft', 'lowSalt', 'lowSugar', 'meat', 'vegetable', 'staple', 'soup', 'spicy'] as const;
export type DishTag = (typeof DISH_TAGS)[number];

/** A dish a canteen cooks; menus refer to dishes by id so a week's menu reuses them. */
export const dishSchema = v.object({
  id: idSchema,
  canteenId: idSchema,
  name: v.string(),
  tags: v.array(v.picklist(DISH_TAGS)),
});
export type Dish = v.InferOutput<typeof dishSchema>;
