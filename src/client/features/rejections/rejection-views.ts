import type { Meal } from '../../../shared/canteen/canteen';
import type { AppDb, RejectionEntry } from '../../data/db';
import { listRejections } from '../../data/sync-queries';
import type { RejectionView } from './rejection-list';

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

/** Undismissed refusals with the meal each concerned, for the banner. Local only; works offline. */
export async function listRejectionViews(db: AppDb): Promise<RejectionView[]> {
  const entries = await listRejections(db);
  return Promise.all(
    entries.map(async (entry) => {
      const slot = await slotOf(db, entry);
      return { id: entry.id, code: entry.code, action: entry.name, date: slot?.date ?? null, meal: slot?.meal ?? null };
    }),
  );
}
