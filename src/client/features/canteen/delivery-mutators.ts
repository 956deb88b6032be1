/**
 * Optimistic mutators of 送餐上门. A volunteer's phone holds only the stops (not the bookings),
 * so "delivered" changes the stop; the server records the serving and the next pull brings it.
 */
import { checkMarkDelivered, checkSaveDeliveryProfile } from '../../../shared/canteen/delivery';
import { RejectionError, refuse } from '../../../shared/rejection';
import type { ClientMutator } from '../../sync/client-mutator';

/** Staff: saves where a resident's meals go, on this phone at once. */
export const saveDeliveryProfile: ClientMutator<'saveDeliveryProfile'> = async (store, args, { actor, createdAt }) => {
  const resident = (await store.get('member', args.residentId)) ?? refuse('NOT_FOUND', ['residentId'], 'no such person');
  const refusal = checkSaveDeliveryProfile(actor, resident);
  if (refusal) throw new RejectionError(refusal);
  store.put('deliveryProfile', { id: resident.id, communityId: resident.communityId, householdId: resident.householdId, ...args, updatedAt: createdAt });
};

/** Marks the stop delivered at once, in the stairwell without signal too; the first mark to reach the server stands. */
export const markMealDelivered: ClientMutator<'markMealDelivered'> = async (store, args, { actor }) => {
  const stop = (await store.get('mealDelivery', args.bookingId)) ?? refuse('NOT_FOUND', ['bookingId'], 'no such delivery');
  const refusal = checkMarkDelivered(actor, stop, new Date(args.deliveredAt));
  if (refusal) throw new RejectionError(refusal);
  const me = await store.get('member', actor.id);
  store.put('mealDelivery', { ...stop, deliveredAt: args.deliveredAt, deliveredByName: me?.name ?? '' });
};
