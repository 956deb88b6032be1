import { defineSharedService, entities } from '../service';
import type { eventSchema } from './event-schema';
import type { signupSchema } from './signup-schema';
import type { eventWishSchema } from './event-wish-schema';
import { eventMutations } from './event-mutations';
import { EVENT_REJECTION_CODES } from './event-rejections';

/** Community events (活动): the calendar, households' sign-ups and tickets, and the wish list. */
export const eventsModule = defineSharedService({
  entities: entities<{ event: typeof eventSchema; signup: typeof signupSchema; eventWish: typeof eventWishSchema }>({ event: true, signup: true, eventWish: true }),
  mutations: eventMutations,
  rejections: EVENT_REJECTION_CODES,
});
