import type { SessionInfo } from '../../../shared/auth';
import type { AppDb } from '../../data/db';
import { mutate } from '../../sync/mutate';
import { errorMessage } from '../../i18n/error-message';
import { t } from '../../i18n/t';
import type { ConfirmRequest } from '../../ui/confirm-dialog';
import type { Meal, ServiceMode } from '../../../shared/canteen/canteen';
import { dayLabel } from './date-label';

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

/** The question asked before a booking is cancelled, on the menu and on 我的预订 alike. */
export function cancelBookingQuestion(date: string, meal: Meal, dinerName: string): ConfirmRequest {
  return {
    title: t('menu.cancelTitle'),
    message: t('menu.cancelMessage', { date: dayLabel(date), meal: t(`meal.${meal}`), name: dinerName }),
    confirmLabel: t('menu.cancel'),
    keepLabel: t('menu.cancelKeep'),
  };
}
