import * as v from 'valibot';
import type { EntityName } from './entity-names';
import { communitySchema } from '../community';
import { memberSchema } from '../member';
import { canteenSchema } from '../canteen';
import { dishSchema } from '../dish';
import { mealSlotSchema } from '../meal-slot';
import { bookingSchema } from '../booking';
// help on request
import { serviceKindSchema } from '../service-kind';
import { helpRequestSchema } from '../help-request';
import { helpContactSchema } from '../help-contact';
import { visitScheduleSchema } from '../visit-schedule';
// events
import { eventSchema } from '../event-schema';
import { signupSchema } from '../signup-schema';
import { eventWishSchema } from '../event-wish-schema';

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
