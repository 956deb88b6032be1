import type { Transaction } from 'kysely';
import type { MealSlot } from '../../shared/canteen/meal-slot';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';

/**
 * How the canteen's community-wide rows are recorded for sync. A draft meal, and a dish no
 * published menu has shown yet, carry the audience 'staff': pull's scope filter then never sends
 * them to residents or volunteers (the projections check again). Every change to these rows goes
 * through here, so no write can forget the audience and leak a draft.
 */
const STAFF_ONLY = 'staff';

/** Records a meal slot's change (or removal), visible to residents only once published. */
export async function recordMealSlot(
  trx: Transaction<Database>, record: ChangeRecorder, slot: Pick<MealSlot, 'id' | 'communityId' | 'published'>, deleted = false,
): Promise<void> {
  await record(trx, {
    entity: 'mealSlot', id: slot.id, communityId: slot.communityId, householdId: null, ownerId: null, deleted,
    audience: slot.published ? null : STAFF_ONLY,
  });
}

/** Records a dish's change, visible to residents once some published menu has shown it. */
export async function recordDish(trx: Transaction<Database>, record: ChangeRecorder, dishId: string, communityId: string, shown: boolean): Promise<void> {
  await record(trx, { entity: 'dish', id: dishId, communityId, householdId: null, ownerId: null, audience: shown ? null : STAFF_ONLY });
}

/** Records a canteen's change (its price tiers): everyone in its community sees it. */
export async function recordCanteen(trx: Transaction<Database>, record: ChangeRecorder, canteen: { id: string; communityId: string }): Promise<void> {
  await record(trx, { entity: 'canteen', id: canteen.id, communityId: canteen.communityId, householdId: null, ownerId: null });
}
