import type { MutationName } from '../../shared/sync/mutations';
import { bookMeal, cancelBooking } from '../canteen/booking.service';
import { setSlotSeats } from '../canteen/meal-slot.service';
import type { MutationHandler } from './mutation-context';
// help on request
import {
  acceptHelpRequest, cancelHelpRequest, confirmHelpHours, confirmHelpRequest, dispatchHelpRequest, fileHelpRequest,
  finishHelpRequest, noteHelpRequest, startHelpRequest,
} from '../help/help-request.service';
import { saveServiceKind } from '../help/service-kind.service';
import { saveVisitSchedule } from '../help/visit-schedule.service';
// events
import { addHouseholdMember } from '../events/household.service';
import { answerSignupOffer, cancelSignup, changeSignupParty, checkInSignup, signUpForEvent } from '../events/signup.service';
import { cancelEvent, createEvent, updateEvent } from '../events/event.service';
import { proposeEventWish, voteEventWish } from '../events/event-wish.service';

/** The authoritative handler of every shared mutation; a new mutation fails to compile until added. */
export const mutationHandlers: { [N in MutationName]: MutationHandler<N> } = {
  bookMeal,
  cancelBooking,
  setSlotSeats,
  // help on request
  fileHelpRequest,
  acceptHelpRequest,
  dispatchHelpRequest,
  startHelpRequest,
  noteHelpRequest,
  finishHelpRequest,
  confirmHelpRequest,
  cancelHelpRequest,
  confirmHelpHours,
  saveServiceKind,
  saveVisitSchedule,
  // events
  addHouseholdMember,
  signUpForEvent,
  cancelSignup,
  changeSignupParty,
  answerSignupOffer,
  checkInSignup,
  createEvent,
  updateEvent,
  cancelEvent,
  proposeEventWish,
  voteEventWish,
};
