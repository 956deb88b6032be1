import type { Transaction } from 'kysely';
import type { Booking } from '../../shared/canteen/booking';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';

/** The role whose members, besides staff and the diner's household, receive the meals to carry. */
export const DELIVERY_AUDIENCE = 'volunteer';

/**
 * Records the stop of a delivery booking for the community's volunteers (audience), the diner's
 * household and staff. The row is derived from the booking, so this is called wherever the
 * booking, its serving or the diner's address changes; a booking no longer live loads as nothing,
 * which pull sends as a tombstone.
 */
export async function recordDelivery(
  trx: Transaction<Database>, record: ChangeRecorder, b: Pick<Booking, 'id' | 'communityId' | 'householdId' | 'dinerId'>,
): Promise<void> {
  await record(trx, { entity: 'mealDelivery', id: b.id, communityId: b.communityId, householdId: b.householdId, ownerId: b.dinerId, audience: DELIVERY_AUDIENCE });
}
