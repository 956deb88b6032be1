import * as v from 'valibot';
import { dateSchema, idSchema, instantSchema, uuidSchema } from '../validation';
import { chargeFields, deliveryProfileFields, dietNoteFields, newResidentSchema, standingOrderFields } from './counter-fields';

/**
 * The mutations of the canteen's own work: the counter (serving, walk-ins), diet notes and
 * standing orders. Kept apart from booking's so each reads in one sitting; the canteen module
 * declares both.
 */
export const counterMutations = {
  /** Staff at the counter: a booked meal was handed over, weighed and charged or at its fixed price. */
  serveMeal: v.object({ bookingId: idSchema, servedAt: instantSchema, ...chargeFields }),
  /**
   * Staff at the counter: book and serve at once someone who walked in, a resident chosen from
   * the community or, with newResident, an elder without a phone registered there and then.
   */
  serveWalkIn: v.object({
    bookingId: uuidSchema,
    slotId: idSchema,
    dinerId: idSchema,
    newResident: v.nullable(newResidentSchema),
    servedAt: instantSchema,
    ...chargeFields,
  }),
  /** The household or staff: what the kitchen must know about a resident's meals. */
  saveDietNote: v.object(dietNoteFields),
  /** The household or staff: a new standing order (e.g. lunch Mon–Fri, dine-in). */
  saveStandingOrder: v.object({ orderId: uuidSchema, ...standingOrderFields }),
  /** Pause from a date, to resume on a date (null: until resumed); the paused days' bookings are withdrawn. */
  pauseStandingOrder: v.object({ orderId: idSchema, from: dateSchema, resumeOn: v.nullable(dateSchema) }),
  /** Resume a paused order on a date (today or later). */
  resumeStandingOrder: v.object({ orderId: idSchema, on: dateSchema }),
  /** End an order; its bookings not yet past their cut-off are withdrawn. */
  endStandingOrder: v.object({ orderId: idSchema }),
  /** Staff: where a resident's meals are carried, and the facts (disability, living alone) that allow it. */
  saveDeliveryProfile: v.object(deliveryProfileFields),
  /** A volunteer or staff: the meal reached the door; the first mark stands (ALREADY_SERVED). */
  markMealDelivered: v.object({ bookingId: idSchema, deliveredAt: instantSchema }),
} as const;
