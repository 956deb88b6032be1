import type * as v from 'valibot';
import { canActFor, type Actor, type Member } from '../member';
import { reject, type Rejection } from '../rejection';
import { shanghaiDate } from '../time';
import type { Booking } from './booking';
import type { Canteen } from './canteen';
import { hasSeatLeft, type MealSlot } from './meal-slot';
import { verifiedAgeOn } from './pricing';
import { isCanteenStaffOf } from './meal-serving';
import type { newResidentSchema } from './counter-fields';

/** An elder registered at the counter: name, and birth date from the ID card. */
export type NewResident = v.InferOutput<typeof newResidentSchema>;

/** The member row a walk-in registration makes: no phone, no household, in the slot's community. */
export function makeWalkInResident(id: string, communityId: string, resident: NewResident): Member {
  return {
    id, communityId, householdId: null, name: resident.name, role: 'resident', birthDate: resident.birthDate,
    ageVerified: resident.birthDate !== null, groups: [], hasLogin: false,
  };
}

/** Everything the walk-in rule needs. */
export interface WalkInContext {
  actor: Actor;
  diner: Member;
  canteen: Pick<Canteen, 'minAge'>;
  slot: MealSlot;
  dinerBookingsForSlot: Pick<Booking, 'status'>[];
  servedAt: Date;
}

/**
 * Decides booking-and-serving at the counter for someone who walked in (the cut-off has passed,
 * which is what the counter is for): the canteen's staff only, on the meal's own day, a diner
 * they may act for who is old enough and not booked already (then the booking is served
 * instead), while a portion is left.
 */
export function checkWalkIn(ctx: WalkInContext): Rejection | null {
  const { actor, diner, slot } = ctx;
  if (!isCanteenStaffOf(actor, slot.communityId) || !canActFor(actor, diner)) {
    return reject('FORBIDDEN', ['slotId'], 'only staff of this canteen serve walk-ins');
  }
  // a draft menu is not served: it has no diners until it is published
  if (!slot.published) return reject('NOT_FOUND', ['slotId'], 'this meal is not published');
  if (shanghaiDate(ctx.servedAt) !== slot.date) return reject('INVALID', ['slotId'], `walk-ins for this meal are served on ${slot.date}`);
  const age = verifiedAgeOn(diner, slot.date);
  if (ctx.canteen.minAge !== null && (age === null || age < ctx.canteen.minAge)) {
    return reject('NOT_ELIGIBLE', ['dinerId'], `this canteen serves diners aged ${ctx.canteen.minAge} and over`);
  }
  if (ctx.dinerBookingsForSlot.some((b) => b.status === 'confirmed')) {
    return reject('ALREADY_BOOKED', ['dinerId'], 'this person has this meal booked: serve the booking');
  }
  if (!hasSeatLeft(slot)) return reject('SLOT_FULL', ['slotId'], 'no portions are left for this meal');
  return null;
}
