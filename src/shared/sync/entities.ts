import * as v from 'valibot';
import type { EntityName } from './entity-names';
import { communitySchema } from '../community';
import { memberSchema } from '../member';
import { canteenSchema } from '../canteen/canteen';
import { dishSchema } from '../canteen/dish';
import { mealSlotSchema } from '../canteen/meal-slot';
import { bookingSchema } from '../canteen/booking';
// help on request
import { serviceKindSchema } from '../help/service-kind';
import { helpRequestSchema } from '../help/help-request';
import { helpContactSchema } from '../help/help-contact';
import { visitScheduleSchema } from '../help/visit-schedule';
// events
import { eventSchema } from '../events/event-schema';
import { signupSchema } from '../events/signup-schema';
import { eventWishSchema } from '../events/event-wish-schema';

/** Every kind of row that syncs down to clients, with its schema. */
export const entitySchemas = {
  community: communitySchema,
  member: memberSchema,
  canteen: canteenSchema,
  dish: dishSchema,
  mealSlot: mealSlotSchema,
  booking: bookingSchema,
  // help on request
  serviceKind: serviceKindSchema,
  helpRequest: helpRequestSchema,
  helpContact: helpContactSchema,
  visitSchedule: visitScheduleSchema,
  // events
  event: eventSchema,
  signup: signupSchema,
  eventWish: eventWishSchema,
} as const satisfies Record<EntityName, v.GenericSchema>;

export { ENTITY_NAMES, isEntityName, type EntityName } from './entity-names';
export type EntityRow<E extends EntityName> = v.InferOutput<(typeof entitySchemas)[E]>;
