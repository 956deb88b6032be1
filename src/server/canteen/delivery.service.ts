import { checkMarkDelivered, checkSaveDeliveryProfile, type DeliveryProfile } from '../../shared/canteen/delivery';
import { makeServing, servedInstant } from '../../shared/canteen/meal-serving';
import { RejectionError, refuse } from '../../shared/rejection';
import { shanghaiDate } from '../../shared/time';
import { findMember } from '../member/member.repository';
import type { MutationHandler } from '../sync/mutation-context';
import { findBookings, findMealSlots } from './canteen.repository';
import { insertMealServing } from './counter.repository';
import { findDeliveryBookingIdsFrom, findMealDeliveries, upsertDeliveryProfile } from './delivery.repository';
import { recordDelivery } from './delivery-recorder';
import { recordServing } from './counter.service';

/**
 * Staff record where a resident's meals are carried and the facts that allow delivery; the
 * resident's coming delivery stops are re-sent to the volunteers with the new address.
 */
export const saveDeliveryProfile: MutationHandler<'saveDeliveryProfile'> = async ({ trx, recordChange, actor, now }, args) => {
  const resident = await findMember(trx, args.residentId);
  if (!resident) refuse('NOT_FOUND', ['residentId'], 'no such person');
  const refusal = checkSaveDeliveryProfile(actor, resident);
  if (refusal) throw new RejectionError(refusal);
  const profile: DeliveryProfile = {
    id: resident.id, communityId: resident.communityId, householdId: resident.householdId, ...args, updatedAt: now.toISOString(),
  };
  await upsertDeliveryProfile(trx, profile);
  await recordChange(trx, { entity: 'deliveryProfile', id: resident.id, communityId: resident.communityId, householdId: resident.householdId, ownerId: resident.id });
  for (const b of await findDeliveryBookingIdsFrom(trx, resident.id, shanghaiDate(now))) {
    await recordDelivery(trx, recordChange, { ...b, dinerId: resident.id });
  }
};

/**
 * A volunteer (or staff) marks a meal delivered at the door, also from a phone that was offline
 * in the stairwell: the shared checkMarkDelivered decides under the write lock, the first mark
 * stands, and the meal counts as served at its booked price.
 */
export const markMealDelivered: MutationHandler<'markMealDelivered'> = async ({ trx, recordChange, actor, now }, args) => {
  const [stop] = await findMealDeliveries(trx, [args.bookingId]);
  const [booking] = await findBookings(trx, [args.bookingId]);
  if (!stop || !booking) refuse('NOT_FOUND', ['bookingId'], 'no such delivery');
  const deliveredAt = servedInstant(args.deliveredAt, now);
  const refusal = checkMarkDelivered(actor, stop, deliveredAt);
  if (refusal) throw new RejectionError(refusal);
  const [slot] = await findMealSlots(trx, [booking.slotId]);
  if (!slot) refuse('NOT_FOUND', ['bookingId'], 'no such meal');
  const carrier = await findMember(trx, actor.id);
  const serving = makeServing(booking, slot, { grams: null, chargedFen: null }, {
    id: actor.id, name: carrier?.name ?? '', at: deliveredAt.toISOString(), how: 'delivered',
  });
  await insertMealServing(trx, serving);
  await recordServing(trx, recordChange, serving);
  await recordDelivery(trx, recordChange, booking);
};
