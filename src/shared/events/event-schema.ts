import * as v from 'valibot';
import { idSchema, instantSchema, multiLineTextSchema, textSchema } from '../validation';

// The event row's schema, apart from its rules so the first screen's code carries only the schema.

/** Kinds of community event: 亲子, 讲座, 义诊, 文体, 志愿. */
export const EVENT_KINDS = ['parentChild', 'lecture', 'clinic', 'sports', 'volunteer'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** What happens to places a cancellation frees: confirmed at once, or offered for a time window. */
export const PROMOTION_POLICIES = ['auto', 'offer'] as const;
export type PromotionPolicy = (typeof PROMOTION_POLICIES)[number];

export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;

const age = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120));

/** The fields an organiser sets when creating or editing an event. */
export const eventFieldsSchema = v.object({
  kind: v.picklist(EVENT_KINDS),
  title: v.pipe(textSchema, v.trim(), v.minLength(1), v.maxLength(60)),
  description: v.pipe(multiLineTextSchema, v.maxLength(1000)),
  place: v.pipe(textSchema, v.trim(), v.minLength(1), v.maxLength(100)),
  startsAt: instantSchema,
  endsAt: instantSchema,
  signupDeadline: instantSchema,
  /** Places counted in people: every adult and child of a party takes one. */
  capacity: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(2000)),
  minAge: v.nullable(age),
  maxAge: v.nullable(age),
  /** Whether adults (18+) may come along with children outside the age range (family events). */
  adultsAccompany: v.boolean(),
  promotion: v.picklist(PROMOTION_POLICIES),
  /** How long an offered place is held for a waiting family (policy 'offer'). */
  offerHours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(168)),
});
export type EventFields = v.InferOutput<typeof eventFieldsSchema>;

/**
 * A dated community event. placesTaken counts the people of confirmed and offered parties and is
 * kept by the server; waitingCount is the number of parties on the waiting list.
 */
export const eventSchema = v.object({
  id: idSchema,
  communityId: idSchema,
  /** The series (e.g. the weekly reading club) this date belongs to, if any. */
  seriesId: v.nullable(idSchema),
  organiserId: idSchema,
  organiserName: v.string(),
  ...eventFieldsSchema.entries,
  placesTaken: v.pipe(v.number(), v.integer(), v.minValue(0)),
  waitingCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  status: v.picklist(EVENT_STATUSES),
  createdAt: instantSchema,
});
export type CommunityEvent = v.InferOutput<typeof eventSchema>;
