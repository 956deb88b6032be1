import * as v from 'valibot';
import { dateSchema, idSchema, instantSchema, textSchema, uuidSchema } from '../validation';
import { eventFieldsSchema } from './event-schema';
import { MAX_PARTY } from './signup-schema';

/**
 * The events' (活动) mutations with the schema of their arguments.
 */
export const eventMutations = {
  /** Resident: add a household member without a login (a child) with a birth date. */
  addHouseholdMember: v.object({
    memberId: uuidSchema,
    name: v.pipe(textSchema, v.trim(), v.minLength(1), v.maxLength(20)),
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
  proposeEventWish: v.object({ wishId: uuidSchema, topic: v.pipe(textSchema, v.trim(), v.minLength(2), v.maxLength(60)) }),
  /** Resident: add one's voice to a proposal; once per person (ALREADY_VOTED). */
  voteEventWish: v.object({ wishId: idSchema }),
} as const;
