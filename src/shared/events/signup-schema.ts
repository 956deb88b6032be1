import * as v from 'valibot';
import { idSchema, instantSchema } from '../validation';

// The sign-up row's schema, apart from its rules so the first screen's code carries only the schema.

/**
 * confirmed: has places; waiting: on the waiting list; offered: places held for a time window
 * (policy 'offer') until the family accepts; cancelled: by the family, or an offer that lapsed.
 */
export const SIGNUP_STATUSES = ['confirmed', 'waiting', 'offered', 'cancelled'] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

/** Most people one household may bring to one event. */
export const MAX_PARTY = 10;
/** Age from which a party member counts as an adult. */
export const ADULT_AGE = 18;

/**
 * A household's sign-up for one event: the party (household members), its place in the waiting
 * list (queuedAt), its ticket code, and who checked it in at the door.
 */
export const signupSchema = v.object({
  id: idSchema,
  eventId: idSchema,
  communityId: idSchema,
  householdId: v.nullable(idSchema),
  bookedById: idSchema,
  memberIds: v.pipe(v.array(idSchema), v.minLength(1), v.maxLength(MAX_PARTY)),
  adults: v.pipe(v.number(), v.integer(), v.minValue(0)),
  children: v.pipe(v.number(), v.integer(), v.minValue(0)),
  status: v.picklist(SIGNUP_STATUSES),
  ticketCode: v.string(),
  /** Order on the waiting list: when the party joined it. */
  queuedAt: instantSchema,
  /**
   * The party's place on the waiting list (1 = next in line), null unless waiting. Kept by the
   * server, since a family never sees the other families' sign-ups it is counted from.
   */
  waitlistPosition: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  offerExpiresAt: v.nullable(instantSchema),
  checkedInAt: v.nullable(instantSchema),
  checkedInById: v.nullable(idSchema),
  checkedInByName: v.nullable(v.string()),
  createdAt: instantSchema,
});
export type Signup = v.InferOutput<typeof signupSchema>;
