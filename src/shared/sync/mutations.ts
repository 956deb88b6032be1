import * as v from 'valibot';
import { idSchema, uuidSchema } from '../validation';
import { serviceModeSchema } from '../canteen';

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
} as const;

export type MutationName = keyof typeof mutationArgsSchemas;
export type MutationArgs<N extends MutationName> = v.InferOutput<(typeof mutationArgsSchemas)[N]>;
export const MUTATION_NAMES = Object.keys(mutationArgsSchemas) as MutationName[];

/** Whether a string names a known mutation. */
export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(mutationArgsSchemas, name);
}
