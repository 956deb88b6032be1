import * as v from 'valibot';
import { idSchema, dateSchema, instantSchema } from '../validation';
import { mealSchema, serviceModeSchema, type Canteen, type Meal } from './canteen';
import { addDays, shanghaiInstant } from '../time';
import type { Actor } from '../member';
import { reject, type Rejection } from '../rejection';
import { checkCanteenStaff } from './canteen-staff';

/**
 * One meal of one canteen on one date: its menu (dish ids in serving order), its seats and the
 * instant booking closes. seatsTaken is kept by the server; the client only adjusts it
 * optimistically. A draft (published false) is seen by the canteen's staff only, never by residents.
 */
export const mealSlotSchema = v.object({
  id: idSchema,
  canteenId: idSchema,
  communityId: idSchema,
  date: dateSchema,
  meal: mealSchema,
  dishIds: v.array(idSchema),
  seats: v.pipe(v.number(), v.integer(), v.minValue(0)),
  seatsTaken: v.pipe(v.number(), v.integer(), v.minValue(0)),
  cutoffAt: instantSchema,
  modes: v.array(serviceModeSchema),
  published: v.boolean(),
});
export type MealSlot = v.InferOutput<typeof mealSlotSchema>;

/**
 * The id of a canteen's meal on a date. One meal per canteen, date and meal, so two staff phones
 * drafting the same meal offline write the same row instead of two.
 */
export function mealSlotId(canteenId: string, date: string, meal: Meal): string {
  return `${canteenId}-${date}-${meal}`;
}

/** The instant booking and cancelling close for a canteen's meal on a date (Asia/Shanghai). */
export function cutoffFor(canteen: Pick<Canteen, 'cutoffs'>, date: string, meal: Meal): Date {
  const rule = canteen.cutoffs[meal];
  return shanghaiInstant(addDays(date, -rule.daysBefore), rule.time);
}

/** Whether booking or cancelling is closed for a slot at an instant. */
export function isPastCutoff(slot: Pick<MealSlot, 'cutoffAt'>, now: Date): boolean {
  return now.getTime() >= Date.parse(slot.cutoffAt);
}

/** Seats still free; never negative even if an optimistic count ran ahead. */
export function seatsLeft(slot: Pick<MealSlot, 'seats' | 'seatsTaken'>): number {
  return Math.max(0, slot.seats - slot.seatsTaken);
}

/** Whether a slot has a seat for one more booking. */
export function hasSeatLeft(slot: Pick<MealSlot, 'seats' | 'seatsTaken'>): boolean {
  return seatsLeft(slot) > 0;
}

/**
 * Decides whether staff may set a slot's seats: only staff of the slot's community, and never
 * below the seats already booked (those diners keep their meal).
 */
export function checkSeatChange(actor: Actor, slot: Pick<MealSlot, 'communityId' | 'seatsTaken'>, seats: number): Rejection | null {
  const forbidden = checkCanteenStaff(actor, slot.communityId, 'slotId');
  if (forbidden) return forbidden;
  if (seats < slot.seatsTaken) {
    return reject('SEATS_BELOW_BOOKED', ['seats'], `${slot.seatsTaken} seats are already booked`);
  }
  return null;
}
