import * as v from 'valibot';
import { dateSchema, idSchema, instantSchema } from '../validation';
import { runsCanteen } from './canteen-staff';
import type { Actor } from '../member';
import { reject, type Rejection } from '../rejection';
import { shanghaiDate } from '../time';
import type { Fen } from '../money';
import { mealSchema, type Canteen } from './canteen';
import type { MealSlot } from './meal-slot';
import { tierIdSchema, type PriceTier } from './price-tier';
import { isFixedPrice, tierById } from './pricing';
import type { Booking } from './booking';

/** How a meal reached its diner: at the counter, or carried to the door by a volunteer. */
export const SERVED_HOW = ['counter', 'delivered'] as const;

export { MAX_GRAMS, MAX_CHARGE_FEN } from './counter-fields';

/**
 * A booked meal handed over: its weight and charged price (称重计费), or its fixed price. One per
 * booking (the id is the booking's), so of two counters serving one booking the first to reach
 * the server stands. Private like the booking: its household and the canteen's staff see it.
 */
export const mealServingSchema = v.object({
  id: idSchema,
  bookingId: idSchema,
  slotId: idSchema,
  canteenId: idSchema,
  communityId: idSchema,
  dinerId: idSchema,
  householdId: v.nullable(idSchema),
  date: dateSchema,
  meal: mealSchema,
  /** The id of the canteen's tier the meal was booked at. */
  priceTier: tierIdSchema,
  /** Null for a fixed-price meal, which is not weighed. */
  grams: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  chargedFen: v.pipe(v.number(), v.integer(), v.minValue(0)),
  servedAt: instantSchema,
  servedById: idSchema,
  servedByName: v.string(),
  how: v.picklist(SERVED_HOW),
});
export type MealServing = v.InferOutput<typeof mealServingSchema>;

/** A plate's weight and price as the counter sends them (see chargeFields), or neither. */
export interface Charge {
  grams: number | null;
  chargedFen: Fen | null;
}

/** Whether an actor serves a community's canteen as staff (only they record meals served and prices): the one canteen-staff rule. */
export function isCanteenStaffOf(actor: Actor, communityId: string): boolean {
  return runsCanteen(actor, communityId);
}

/**
 * Decides what a charge must hold: a weighed meal its grams and the price the scale gave, a
 * fixed-price one (every meal of a fixed canteen, a group's set lunch) nothing, since it costs
 * what was booked and the counter may not change that. `tier` is the booking's tier in its canteen.
 */
export function checkCharge(tier: Pick<PriceTier, 'kind'> | undefined, pricing: Canteen['pricing'], charge: Charge): Rejection | null {
  if (isFixedPrice(tier, pricing)) {
    if (charge.grams !== null || charge.chargedFen !== null) {
      return reject('INVALID', ['chargedFen'], 'a fixed-price meal is charged its price; send no grams or price');
    }
    return null;
  }
  if (charge.grams === null) return reject('INVALID', ['grams'], 'a weighed meal needs its weight in grams');
  if (charge.chargedFen === null) return reject('INVALID', ['chargedFen'], 'a weighed meal needs the price charged');
  return null;
}

/** The refusal a second serving gets: who served the meal first and when, for the phone to say. */
export function alreadyServed(serving: Pick<MealServing, 'servedByName' | 'servedAt'>): Rejection {
  return {
    ...reject('ALREADY_SERVED', ['bookingId'], `already served by ${serving.servedByName} at ${serving.servedAt}`),
    detail: { byName: serving.servedByName, at: serving.servedAt },
  };
}

/** Everything the serving rule needs, gathered by the phone or the server. */
export interface ServeContext {
  actor: Actor;
  booking: Booking;
  canteen: Pick<Canteen, 'pricing' | 'priceTiers'>;
  slot: Pick<MealSlot, 'date'>;
  /** The booking's serving, if one is already recorded. */
  served: Pick<MealServing, 'servedByName' | 'servedAt'> | null;
  servedAt: Date;
  charge: Charge;
}

/**
 * Decides a counter's "served": only the canteen's staff (a price sent by anyone else is
 * refused), a live booking, not served yet (ALREADY_SERVED names who and when), not before the
 * meal's day, with the charge its pricing needs.
 */
export function checkServe(ctx: ServeContext): Rejection | null {
  const { actor, booking } = ctx;
  if (!isCanteenStaffOf(actor, booking.communityId)) {
    return reject('FORBIDDEN', ['bookingId'], 'only staff of this canteen record meals served and their price');
  }
  if (booking.status !== 'confirmed') return reject('ALREADY_CANCELLED', ['bookingId'], 'this booking was cancelled');
  if (ctx.served) return alreadyServed(ctx.served);
  if (shanghaiDate(ctx.servedAt) < ctx.slot.date) {
    return reject('INVALID', ['servedAt'], `this meal is served on ${ctx.slot.date}`);
  }
  return checkCharge(tierById(ctx.canteen, booking.priceTier), ctx.canteen.pricing, ctx.charge);
}

/**
 * The serving a successful check produces, the same on both sides: a fixed-price meal is
 * charged what was booked, a weighed one what the counter entered.
 */
export function makeServing(
  booking: Booking,
  slot: Pick<MealSlot, 'date' | 'meal'>,
  charge: Charge,
  by: { id: string; name: string; at: string; how: MealServing['how'] },
): MealServing {
  return {
    id: booking.id, bookingId: booking.id, slotId: booking.slotId, canteenId: booking.canteenId,
    communityId: booking.communityId, dinerId: booking.dinerId, householdId: booking.householdId,
    date: slot.date, meal: slot.meal, priceTier: booking.priceTier,
    grams: charge.grams, chargedFen: charge.chargedFen ?? booking.priceFen,
    servedAt: by.at, servedById: by.id, servedByName: by.name, how: by.how,
  };
}

/** The instant a serving is recorded at: when the counter tapped it, never later than now. */
export function servedInstant(tappedAt: string, now: Date): Date {
  return new Date(Math.min(Date.parse(tappedAt), now.getTime()));
}
