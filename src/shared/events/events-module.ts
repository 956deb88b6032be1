import { defineSharedService } from '../service';
import { eventSchema } from './event-schema';
import { signupSchema } from './signup-schema';
import { eventWishSchema } from './event-wish-schema';
import { eventMutations } from './event-mutations';
import { EVENT_REJECTION_CODES } from './event-rejections';

/** Community events (活动): the calendar, households' sign-ups and tickets, and the wish list. */
export const eventsModule = defineSharedService({
  entities: { event: eventSchema, signup: signupSchema, eventWish: eventWishSchema },
  mutations: eventMutations,
  rejections: EVENT_REJECTION_CODES,
});
