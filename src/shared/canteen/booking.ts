import * as v from 'valibot';
import { idSchema, instantSchema } from '../validation';
import { serviceModeSchema, type Canteen, type ServiceMode } from './canteen';
import { hasSeatLeft, isPastCutoff, type MealSlot } from './meal-slot';
import { tierIdSchema } from './price-tier';
import { canActFor, type Actor, type Member } from '../member';
import { priceForDiner, verifiedAgeOn } from './pricing';
import { isDeliveryEligible, type DeliveryFacts } from './delivery-eligibility';
import { reject, type Rejection } from '../rejection';

/** Server states of a booking; "pending" is not one: it is a booking with a queued mutation. */
export const BOOKING_STATUSES = ['confirmed', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/**
 * A booked meal: it holds one seat (one portion) of a slot for a diner, booked by the diner or by
 * someone acting for them, with the price estimated at booking time for the diner's tier.
 */
export const bookingSchema = v.object({
  id: idSchema,
  slotId: idSchema,
  canteenId: idSchema,
  communityId: idSchema,
  dinerId: idSchema,
  bookedById: idSchema,
  householdId: v.nullable(idSchema),
  mode: serviceModeSchema,
  status: v.picklist(BOOKING_STATUSES),
  /** The id of the canteen's price tier the diner was booked at (chosen by the server from verified facts). */
  priceTier: tierIdSchema,
  priceFen: v.pipe(v.number(), v.integer(), v.minValue(0)),
  createdAt: instantSchema,
  cancelledAt: v.nullable(instantSchema),
});
export type Booking = v.InferOutput<typeof bookingSchema>;

/** Everything the booking rule needs to decide, gathered by the client or the server. */
export interface BookingContext {
  actor: Actor;
  diner: Member;
  canteen: Canteen;
  slot: MealSlot;
  mode: ServiceMode;
  /** The diner's confirmed bookings for this slot (there may be at most one). */
  dinerBookingsForSlot: Pick<Booking, 'id' | 'status'>[];
  /** What staff verified for delivery (disability, living alone); null or absent when nothing. */
  deliveryFacts?: DeliveryFacts | null;
  now: Date;
}

/**
 * The ways a diner may have a slot's meal: what the slot offers, with delivery only for those the
 * shared delivery rule admits (the canteen's delivery age on a verified birth date, or what staff
 * verified: a disability, living alone). The booking form offers these.
 */
export function availableModes(
  slot: Pick<MealSlot, 'modes' | 'date'>,
  canteen: Pick<Canteen, 'deliveryAge' | 'priceTiers'>,
  diner: Pick<Member, 'birthDate' | 'ageVerified'>,
  deliveryFacts: DeliveryFacts | null = null,
): ServiceMode[] {
  return slot.modes.filter((mode) => mode !== 'delivery' || isDeliveryEligible(diner, deliveryFacts, canteen, slot.date));
}

/**
 * Decides whether a meal may be booked. The client runs it for the optimistic write and the
 * server runs it again, inside the transaction that takes the seat, and its answer stands.
 */
export function checkBooking(ctx: BookingContext): Rejection | null {
  const { actor, diner, canteen, slot, mode, now } = ctx;
  if (!canActFor(actor, diner)) return reject('FORBIDDEN', ['dinerId'], 'you may not book for this person');
  if (slot.communityId !== diner.communityId && !actor.communityIds.includes(slot.communityId)) {
    return reject('FORBIDDEN', ['slotId'], 'this canteen is not in your community');
  }
  // a draft menu does not exist for diners: the same answer as for a meal that is not there
  if (!slot.published) return reject('NOT_FOUND', ['slotId'], 'no such meal');
  if (isPastCutoff(slot, now)) return reject('PAST_CUTOFF', ['slotId'], 'booking for this meal has closed');
  if (!slot.modes.includes(mode)) return reject('MODE_UNAVAILABLE', ['mode'], `this meal is not offered as ${mode}`);
  const age = verifiedAgeOn(diner, slot.date);
  if (canteen.minAge !== null && (age === null || age < canteen.minAge)) {
    return reject('NOT_ELIGIBLE', ['dinerId'], `this canteen serves diners aged ${canteen.minAge} and over`);
  }
  if (!availableModes(slot, canteen, diner, ctx.deliveryFacts ?? null).includes(mode)) {
    return reject('NOT_ELIGIBLE', ['mode'], `delivery is for diners aged ${canteen.deliveryAge} and over, or whom staff registered for it`);
  }
  if (ctx.dinerBookingsForSlot.some((b) => b.status === 'confirmed')) {
    return reject('ALREADY_BOOKED', ['slotId', 'dinerId'], 'this person already has this meal booked');
  }
  if (!hasSeatLeft(slot)) return reject('SLOT_FULL', ['slotId'], 'no seats are left for this meal');
  return null;
}

/** The booking row a successful check produces, identical on client and server. */
export function makeBooking(
  ctx: BookingContext,
  id: string,
  createdAt: string,
): Booking {
  const price = priceForDiner(ctx.diner, ctx.canteen, ctx.slot);
  return {
    id,
    slotId: ctx.slot.id,
    canteenId: ctx.slot.canteenId,
    communityId: ctx.slot.communityId,
    dinerId: ctx.diner.id,
    bookedById: ctx.actor.id,
    householdId: ctx.diner.householdId,
    mode: ctx.mode,
    status: 'confirmed',
    priceTier: price.tier,
    priceFen: price.fen,
    createdAt,
    cancelledAt: null,
  };
}

/** Decides whether a booking may be cancelled: by whoever may act for the diner, before the cut-off. */
export function checkCancel(
  actor: Actor,
  booking: Booking,
  diner: Pick<Member, 'id' | 'householdId' | 'communityId'>,
  slot: MealSlot,
  now: Date,
): Rejection | null {
  if (!canActFor(actor, diner)) return reject('FORBIDDEN', ['bookingId'], 'you may not cancel this booking');
  if (booking.status === 'cancelled') return reject('ALREADY_CANCELLED', ['bookingId'], 'this booking is already cancelled');
  if (isPastCutoff(slot, now)) return reject('PAST_CUTOFF', ['bookingId'], 'cancelling this meal has closed');
  return null;
}
