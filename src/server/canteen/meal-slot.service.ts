import { checkSeatChange } from '../../shared/canteen/meal-slot';
import { RejectionError, refuse } from '../../shared/rejection';
import type { MutationHandler } from '../sync/mutation-context';
import { findMealSlots, setSeats } from './canteen.repository';
import { recordMealSlot } from './canteen-changes';

/**
 * Staff set a slot's seats (portions the kitchen will cook). The shared checkSeatChange decides,
 * inside the locked transaction, against the seats booked at that moment.
 */
export const setSlotSeats: MutationHandler<'setSlotSeats'> = async ({ trx, recordChange, actor }, args) => {
  const [slot] = await findMealSlots(trx, [args.slotId]);
  if (!slot) refuse('NOT_FOUND', ['slotId'], 'no such meal');
  const refusal = checkSeatChange(actor, slot, args.seats);
  if (refusal) throw new RejectionError(refusal);
  await setSeats(trx, slot.id, args.seats);
  await recordMealSlot(trx, recordChange, slot);
};
