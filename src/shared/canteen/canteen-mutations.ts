import * as v from 'valibot';
import { idSchema, uuidSchema } from '../validation';
import { serviceModeSchema } from './canteen';
import { menuMutations } from './menu-mutations';

/**
 * The canteen's mutations with the schema of their arguments: booking, cancelling, seats, and
 * the menu editor's (menu-mutations.ts).
 */
export const canteenMutations = {
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
  ...menuMutations,
} as const;
