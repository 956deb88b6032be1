import * as v from 'valibot';
import { idSchema, dateSchema, instantSchema } from '../validation';
import { mealSchema, serviceModeSchema, type Canteen, type Meal } from './canteen';
import { addDays, shanghaiInstant } from '../time';
import type { Fen } from '../money';
import type { Actor } from '../member';
import { isStaffRole } from '../role';
import { reject, type Rejection } from '../rejection';

/** Price tiers: standard, elder (助老价, by verified age) and worker (新就业群体爱心午餐). */
export const PRICE_TIERS = ['standard', 'elder', 'worker'] as const;
export type PriceTier = (typeof PRICE_TIERS)[number];

const fen = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * One meal of one canteen on one date: its menu (dish ids in serving order), its seats and the
 * instant booking closes. seatsTaken is kept by the server; the client only adjusts it
 * optimistically.
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
  prices: v.object({ standard: fen, elder: v.nullable(fen), worker: v.nullable(fen) }),
});
export type MealSlot = v.InferOutput<typeof mealSlotSchema>;

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

/** The price of a slot for a tier, falling back to standard where the tier has no price. */
export function priceFor(slot: Pick<MealSlot, 'prices'>, tier: PriceTier): Fen {
  return slot.prices[tier] ?? slot.prices.standard;
}

/**
 * Decides whether staff may set a slot's seats: only staff of the slot's community, and never
 * below the seats already booked (those diners keep their meal).
 */
export function checkSeatChange(actor: Actor, slot: Pick<MealSlot, 'communityId' | 'seatsTaken'>, seats: number): Rejection | null {
  if (!isStaffRole(actor.role) || !actor.communityIds.includes(slot.communityId)) {
    return reject('FORBIDDEN', ['slotId'], 'only staff of this community may change its seats');
  }
  if (seats < slot.seatsTaken) {
    return reject('SEATS_BELOW_BOOKED', ['seats'], `${slot.seatsTaken} seats are already booked`);
  }
  return null;
}
