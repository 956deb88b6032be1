import { hasSeatLeft, isPastCutoff, seatsLeft, type MealSlot } from '../../../shared/canteen/meal-slot';
import { t } from '../../i18n/t';
import { cutoffLabel } from './date-label';

/** Seats as the card says them: "剩余 12 座" or "已订满". */
export function seatsLabel(slot: Pick<MealSlot, 'seats' | 'seatsTaken'>): string {
  return hasSeatLeft(slot) ? t('menu.seatsLeft', { count: seatsLeft(slot) }) : t('menu.full');
}

/** Until when one may book: "09:00 截止", or "已截止" once that has passed. */
export function cutoffStateLabel(slot: Pick<MealSlot, 'cutoffAt' | 'date'>, now: Date): string {
  return isPastCutoff(slot, now) ? t('menu.closed') : cutoffLabel(slot);
}
