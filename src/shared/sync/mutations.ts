import * as v from 'valibot';
import { idSchema, uuidSchema } from '../validation';
import { serviceModeSchema } from '../canteen/canteen';
// help on request
import { dateSchema } from '../validation';
import { phoneSchema } from '../auth';
import { clockTimeSchema } from '../help/help-request';
import { visitScheduleFields } from '../help/visit-schedule';
import { SERVICE_ICONS } from '../help/service-kind';
// events
import { eventFieldsSchema } from '../events/event-schema';
import { MAX_PARTY } from '../events/signup-schema';
import { instantSchema } from '../validation';

/**
 * Every mutation a client may queue, with the schema of its arguments. The client's optimistic
 * mutators and the server's authoritative handlers are both keyed by these names, so adding a
 * mutation here makes both sides fail to compile until they handle it.
 */
export const mutationArgsSchemas = {
  /** Book a meal slot for a diner (oneself or someone one may act for). */
  bookMeal: v.object({
    bookingId: uuidSchema,
    slotId: idSchema,
    dinerId: idSchema,
    mode: serviceModeSchema,
  }),
  /** Cancel a booking before the slot's cut-off; frees its seat. */
  cancelBooking: v.object({ bookingId: idSchema }),
  /** Staff: set how many seats (portions) a meal slot offers; never below those booked. */
  setSlotSeats: v.object({
    slotId: idSchema,
    seats: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  }),
  // help on request (帮办代办)
  /** Ask for help for oneself, a household member, or (staff) any resident of the community. */
  fileHelpRequest: v.object({
    requestId: uuidSchema,
    residentId: idSchema,
    kindId: idSchema,
    date: dateSchema,
    fromTime: clockTimeSchema,
    toTime: clockTimeSchema,
    building: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20)),
    address: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
    phone: v.union([v.literal(''), phoneSchema]),
    note: v.pipe(v.string(), v.maxLength(200)),
  }),
  /** Volunteer: take an open request; the first accept on the server wins (ALREADY_TAKEN). */
  acceptHelpRequest: v.object({ requestId: idSchema }),
  /** Staff: assign (or reassign) a request to a volunteer of the community. */
  dispatchHelpRequest: v.object({ requestId: idSchema, volunteerId: idSchema }),
  /** Assignee: on the way / at the door. */
  startHelpRequest: v.object({ requestId: idSchema }),
  /** Assignee or staff: a note on the task (收据放在门口). */
  noteHelpRequest: v.object({ requestId: idSchema, note: v.pipe(v.string(), v.maxLength(200)) }),
  /** Assignee: done, with the minutes spent. */
  finishHelpRequest: v.object({ requestId: idSchema, minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60)) }),
  /** Resident (or household, or staff): it was done; thank the volunteer. */
  confirmHelpRequest: v.object({ requestId: idSchema }),
  /** Resident, household or staff: cancel while nobody has started. */
  cancelHelpRequest: v.object({ requestId: idSchema }),
  /** Staff: confirm the volunteer's hours for a done task. */
  confirmHelpHours: v.object({ requestId: idSchema }),
  /** Staff: add or edit one of the community's service kinds. */
  saveServiceKind: v.object({
    kindId: idSchema,
    communityId: idSchema,
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20)),
    icon: v.picklist(SERVICE_ICONS),
    description: v.pipe(v.string(), v.maxLength(60)),
    isVisit: v.boolean(),
    active: v.boolean(),
    order: v.pipe(v.number(), v.integer()),
  }),
  /** Staff: add or edit a recurring visit (敲门行动) to a resident. */
  saveVisitSchedule: v.object({ scheduleId: idSchema, ...visitScheduleFields }),
  // events (活动)
  /** Resident: add a household member without a login (a child) with a birth date. */
  addHouseholdMember: v.object({
    memberId: uuidSchema,
    name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20)),
    birthDate: dateSchema,
  }),
  /** Sign a party of one household up for an event; confirmed if it fits, else on the waiting list. */
  signUpForEvent: v.object({
    signupId: uuidSchema,
    eventId: idSchema,
    memberIds: v.pipe(v.array(idSchema), v.minLength(1), v.maxLength(MAX_PARTY)),
  }),
  /** Cancel a sign-up until the event starts; freed places move the waiting list on. */
  cancelSignup: v.object({ signupId: idSchema }),
  /** Change who comes; a confirmed party grows only within the places left. */
  changeSignupParty: v.object({
    signupId: idSchema,
    memberIds: v.pipe(v.array(idSchema), v.minLength(1), v.maxLength(MAX_PARTY)),
  }),
  /** Accept (or decline) places offered from the waiting list within the offer window. */
  answerSignupOffer: v.object({ signupId: idSchema, accept: v.boolean() }),
  /** Staff at the door: check a ticket in; the first check-in stands (ALREADY_CHECKED_IN). */
  checkInSignup: v.object({ signupId: idSchema, scannedAt: instantSchema }),
  /** Staff: create one event, or a weekly series of `weeks` dates (eventIds, one per date). */
  createEvent: v.object({
    eventIds: v.pipe(v.array(uuidSchema), v.minLength(1), v.maxLength(26)),
    seriesId: v.nullable(uuidSchema),
    communityId: idSchema,
    fields: eventFieldsSchema,
  }),
  /** Staff: edit an event (capacity never below the places taken; more places move the list on). */
  updateEvent: v.object({ eventId: idSchema, fields: eventFieldsSchema }),
  /** Staff: cancel an event; every signed-up family sees it cancelled after their next sync. */
  cancelEvent: v.object({ eventId: idSchema }),
  /** Resident: propose a topic for a future event (反馈学习需求); counts as one's own vote. */
  proposeEventWish: v.object({ wishId: uuidSchema, topic: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(60)) }),
  /** Resident: add one's voice to a proposal; once per person (ALREADY_VOTED). */
  voteEventWish: v.object({ wishId: idSchema }),
} as const;

export type MutationName = keyof typeof mutationArgsSchemas;
export type MutationArgs<N extends MutationName> = v.InferOutput<(typeof mutationArgsSchemas)[N]>;
export const MUTATION_NAMES = Object.keys(mutationArgsSchemas) as MutationName[];

/** Whether a string names a known mutation. */
export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(mutationArgsSchemas, name);
}
