import * as v from 'valibot';
import { dateSchema, idSchema, instantSchema } from '../validation';
import type { Actor, Member } from '../member';
import { isStaffRole } from '../role';
import { reject, type Rejection } from '../rejection';
import { shanghaiDate } from '../time';
import { mealSchema } from './canteen';
import { deliveryProfileFields } from './counter-fields';
import { alreadyServed, isCanteenStaffOf } from './meal-serving';

export { isDeliveryEligible, type DeliveryFacts } from './delivery-eligibility';

/**
 * Where a resident's meals are carried (楼栋, floor, room) and the facts staff verified for
 * delivery. Private: the resident's household and the community's staff see it.
 */
export const deliveryProfileSchema = v.object({
  id: idSchema,
  communityId: idSchema,
  householdId: v.nullable(idSchema),
  ...deliveryProfileFields,
  updatedAt: instantSchema,
});
export type DeliveryProfile = v.InferOutput<typeof deliveryProfileSchema>;

/** Only the community's staff record a delivery address and the facts behind it. */
export function checkSaveDeliveryProfile(actor: Actor, resident: Pick<Member, 'communityId'>): Rejection | null {
  return isCanteenStaffOf(actor, resident.communityId) ? null : reject('FORBIDDEN', ['residentId'], 'only staff of this community record delivery details');
}

/**
 * One meal to carry (送餐上门), as the community's volunteers see it: who and where, nothing else
 * (no phone, price or diet). Its id is the booking's; the server derives it from the booking,
 * the resident's delivery profile and the serving.
 */
export const mealDeliverySchema = v.object({
  id: idSchema,
  slotId: idSchema,
  canteenId: idSchema,
  communityId: idSchema,
  date: dateSchema,
  meal: mealSchema,
  dinerName: v.string(),
  /** '' and null while staff have not recorded the address. */
  building: v.string(),
  floor: v.nullable(v.number()),
  room: v.string(),
  deliveredAt: v.nullable(instantSchema),
  deliveredByName: v.nullable(v.string()),
});
export type MealDelivery = v.InferOutput<typeof mealDeliverySchema>;

/** The community's volunteers and staff carry meals. */
export function isCarrierOf(actor: Actor, communityId: string): boolean {
  return actor.communityIds.includes(communityId) && (actor.role === 'volunteer' || isStaffRole(actor.role));
}

/**
 * Decides "delivered": by a volunteer or staff of the community, not before the meal's day, and
 * once: a second mark (another volunteer's phone, synced later) is told who delivered it and when.
 */
export function checkMarkDelivered(
  actor: Actor,
  stop: Pick<MealDelivery, 'communityId' | 'date' | 'deliveredAt' | 'deliveredByName'>,
  deliveredAt: Date,
): Rejection | null {
  if (!isCarrierOf(actor, stop.communityId)) return reject('FORBIDDEN', ['bookingId'], 'only the community\'s volunteers and staff deliver meals');
  if (stop.deliveredAt !== null) return alreadyServed({ servedByName: stop.deliveredByName ?? '', servedAt: stop.deliveredAt });
  if (shanghaiDate(deliveredAt) < stop.date) return reject('INVALID', ['deliveredAt'], `this meal is delivered on ${stop.date}`);
  return null;
}

/** A building's stops, floor by floor (ground up), for one volunteer's round. */
export interface DeliveryBuilding<S> {
  building: string;
  floors: { floor: number | null; stops: S[] }[];
}

/** Groups stops by building (in the order residents know them) and floor, so a volunteer climbs each stair once. */
export function groupDeliveries<S extends Pick<MealDelivery, 'building' | 'floor' | 'room' | 'dinerName'>>(stops: S[]): DeliveryBuilding<S>[] {
  const buildings = new Map<string, Map<number | null, S[]>>();
  const sorted = [...stops].sort((a, b) =>
    a.building.localeCompare(b.building, 'zh-CN', { numeric: true }) || (a.floor ?? 999) - (b.floor ?? 999)
    || a.room.localeCompare(b.room, 'zh-CN', { numeric: true }) || a.dinerName.localeCompare(b.dinerName, 'zh-CN'));
  for (const stop of sorted) {
    const floors = buildings.get(stop.building) ?? new Map<number | null, S[]>();
    floors.set(stop.floor, [...(floors.get(stop.floor) ?? []), stop]);
    buildings.set(stop.building, floors);
  }
  return [...buildings].map(([building, floors]) => ({ building, floors: [...floors].map(([floor, list]) => ({ floor, stops: list })) }));
}
