import { eventsModule as shared } from '../../shared/events/events-module';
import { defineServerService } from '../service';
import { addHouseholdMember } from './household.service';
import { answerSignupOffer, cancelSignup, changeSignupParty, checkInSignup, signUpForEvent } from './signup.service';
import { cancelEvent, createEvent, updateEvent } from './event.service';
import { proposeEventWish, voteEventWish } from './event-wish.service';
import { findEvents, findEventWishes, findSignups } from './event.repository';
import { eventProjections } from './event-projections';
import { offerJob } from './offer-job';
import { seedEventDemo } from './event-demo';
import * as events from './migrations/20261123T1000-events';
import * as eventPositions from './migrations/20261123T1200-event-positions';

/** Events on the server: sign-ups and the waiting list, check-in, wishes; the offer job. */
export const eventsModule = defineServerService(shared, {
  handlers: {
    addHouseholdMember, signUpForEvent, cancelSignup, changeSignupParty, answerSignupOffer, checkInSignup,
    createEvent, updateEvent, cancelEvent, proposeEventWish, voteEventWish,
  },
  loaders: { event: findEvents, signup: findSignups, eventWish: findEventWishes },
  projections: eventProjections,
  migrations: { '20261123T1000-events': events, '20261123T1200-event-positions': eventPositions },
  jobs: [offerJob],
  seedDemo: seedEventDemo,
});
