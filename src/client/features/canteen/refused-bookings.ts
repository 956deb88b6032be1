import type { Meal } from '../../../shared/canteen/canteen';
import type { AppDb } from '../../data/db';
import { listRejections } from '../../data/sync-queries';
import { isRejectionCode, rejectionMessage } from '../../i18n/error-message';
import { t } from '../../i18n/t';

/** A booking the server refused, as the menu card and 我的预订 show it until the user has read it. */
export interface RefusedBooking {
  /** The refused mutation's id, to dismiss it. */
  id: string;
  slotId: string;
  dinerId: string;
  reason: string;
  /** The meal it was for, when the slot is on this phone. */
  date: string | null;
  meal: Meal | null;
  canteenName: string;
}

/**
 * The bookings the server refused and the user has not dismissed, newest first. Local only; works
 * offline. They stand where the booking would have stood, so a refusal replaces, on the thing
 * itself, anything the phone said while it hoped.
 */
export async function listRefusedBookings(db: AppDb): Promise<RefusedBooking[]> {
  const refused = (await listRejections(db)).flatMap((entry) => {
    const args = (entry.args ?? {}) as { slotId?: unknown; dinerId?: unknown };
    if (entry.name !== 'bookMeal' || typeof args.slotId !== 'string' || typeof args.dinerId !== 'string') return [];
    const reason = isRejectionCode(entry.code) ? rejectionMessage(entry.code) : t('error.unknown');
    return [{ id: entry.id, slotId: args.slotId, dinerId: args.dinerId, reason }];
  });
  return Promise.all(
    refused.map(async (r) => {
      const slot = await db.mealSlot.get(r.slotId);
      const canteen = slot ? await db.canteen.get(slot.canteenId) : undefined;
      return { ...r, date: slot?.date ?? null, meal: slot?.meal ?? null, canteenName: canteen?.name ?? '' };
    }),
  );
}
