import * as v from 'valibot';
import { communitySchema } from '../community';
import { memberSchema } from '../member';
import { canteenSchema } from '../canteen';
import { dishSchema } from '../dish';
import { mealSlotSchema } from '../meal-slot';
import { bookingSchema } from '../booking';

/** Every kind of row that syncs down to clients, with its schema. */
export const entitySchemas = {
  community: communitySchema,
  member: memberSchema,
  canteen: canteenSchema,
  dish: dishSchema,
  mealSlot: mealSlotSchema,
  booking: bookingSchema,
} as const;

export type EntityName = keyof typeof entitySchemas;
export type EntityRow<E extends EntityName> = v.InferOutput<(typeof entitySchemas)[E]>;
export const ENTITY_NAMES = Object.keys(entitySchemas) as EntityName[];
