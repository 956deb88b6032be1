import type { MutationName } from '../../shared/sync/mutations';
import { bookMeal, cancelBooking } from '../canteen/booking.service';
import { setSlotSeats } from '../canteen/meal-slot.service';
import type { MutationHandler } from './mutation-context';

/** The authoritative handler of every shared mutation; a new mutation fails to compile until added. */
export const mutationHandlers: { [N in MutationName]: MutationHandler<N> } = {
  bookMeal,
  cancelBooking,
  setSlotSeats,
};
