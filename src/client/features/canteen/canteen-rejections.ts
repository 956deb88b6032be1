import type { Meal } from '../../../shared/canteen/canteen';
import type { AppDb, RejectionEntry } from '../../data/db';
import { t } from '../../i18n/t';
import { dayLabel } from './date-label';

/** The slot a refused mutation concerned, read from its arguments; null when not on this phone. */
async function slotOf(db: AppDb, entry: RejectionEntry): Promise<{ date: string; meal: Meal } | null> {
  const args = (entry.args ?? {}) as { slotId?: unknown; bookingId?: unknown };
  let slotId = typeof args.slotId === 'string' ? args.slotId : null;
  if (slotId === null && typeof args.bookingId === 'string') {
    slotId = (await db.booking.get(args.bookingId))?.slotId ?? null;
  }
  const slot = slotId === null ? undefined : await db.mealSlot.get(slotId);
  return slot ? { date: slot.date, meal: slot.meal } : null;
}

/** The meal a refused booking concerned, in words ("11月27日 周五 午餐"). Local only; works offline. */
export async function describeCanteenRejection(db: AppDb, entry: RejectionEntry): Promise<string | null> {
  const slot = await slotOf(db, entry);
  return slot ? t('bookings.rejectedMeal', { date: dayLabel(slot.date), meal: t(`meal.${slot.meal}`) }) : null;
}
