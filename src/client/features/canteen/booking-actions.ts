import type { ServiceMode } from '../../../shared/canteen/canteen';
import type { SessionInfo } from '../../../shared/auth';
import type { AppDb } from '../../data/db';
import { mutate } from '../../sync/mutate';
import { errorMessage } from '../../i18n/error-message';

/**
 * Books a meal on this phone at once (queued for the server, works offline). Returns null on
 * success or, when the shared rule already refuses, the reason in plain words.
 */
export async function bookMeal(
  db: AppDb,
  session: SessionInfo,
  choice: { slotId: string; dinerId: string; mode: ServiceMode },
): Promise<string | null> {
  try {
    await mutate(db, session, 'bookMeal', { bookingId: crypto.randomUUID(), ...choice });
    return null;
  } catch (error) {
    return errorMessage(error);
  }
}

/** Cancels a booking on this phone at once (queued, works offline); null or the reason refused. */
export async function cancelBooking(db: AppDb, session: SessionInfo, bookingId: string): Promise<string | null> {
  try {
    await mutate(db, session, 'cancelBooking', { bookingId });
    return null;
  } catch (error) {
    return errorMessage(error);
  }
}
