import { SERVICE_MODES, type Meal, type ServiceMode } from './canteen';
import type { Booking } from './booking';
import type { Dish } from './dish';
import type { MealSlot } from './meal-slot';
import { DIET_CONDITIONS, isEmptyDietNote, type DietCondition, type DietNote } from './diet-note';

/** Portions by the way they leave the kitchen. */
export type ModeCounts = Record<ServiceMode, number>;

/** One dish of the meal with how many portions to cook. */
export interface PrepDish {
  dishId: string;
  name: string;
  total: number;
  byMode: ModeCounts;
}

/** One diner whose meal needs care, with what the kitchen must know. */
export interface PrepDietLine {
  dinerId: string;
  dinerName: string;
  mode: ServiceMode;
  conditions: DietCondition[];
  allergies: string;
  note: string;
}

/** The 备餐单 of one meal: what to cook, how it leaves, and for whom to cook differently. */
export interface PrepList {
  slotId: string;
  date: string;
  meal: Meal;
  total: number;
  byMode: ModeCounts;
  dishes: PrepDish[];
  dietCounts: Record<DietCondition, number>;
  dietLines: PrepDietLine[];
}

function zeroModes(): ModeCounts {
  return Object.fromEntries(SERVICE_MODES.map((m) => [m, 0])) as ModeCounts;
}

/**
 * Builds a meal's prep list from its confirmed bookings: each booking holds one portion of
 * every dish on the menu; diet notes of those diners (non-empty ones) listed by name. The server
 * builds it from its rows, the staff phone from its synced copy, with the same counts.
 */
export function buildPrepList(input: {
  slot: Pick<MealSlot, 'id' | 'date' | 'meal' | 'dishIds'>;
  dishes: Pick<Dish, 'id' | 'name'>[];
  bookings: Pick<Booking, 'slotId' | 'status' | 'mode' | 'dinerId'>[];
  dietNotes: Pick<DietNote, 'residentId' | 'conditions' | 'allergies' | 'note'>[];
  nameOf: (dinerId: string) => string;
}): PrepList {
  const { slot } = input;
  const live = input.bookings.filter((b) => b.slotId === slot.id && b.status === 'confirmed');
  const byMode = zeroModes();
  for (const b of live) byMode[b.mode] += 1;
  const dishById = new Map(input.dishes.map((d) => [d.id, d]));
  const dishes = slot.dishIds.map((id) => ({ dishId: id, name: dishById.get(id)?.name ?? '', total: live.length, byMode: { ...byMode } }));
  const noteOf = new Map(input.dietNotes.filter((n) => !isEmptyDietNote(n)).map((n) => [n.residentId, n]));
  const dietLines: PrepDietLine[] = live.flatMap((b) => {
    const n = noteOf.get(b.dinerId);
    return n ? [{ dinerId: b.dinerId, dinerName: input.nameOf(b.dinerId), mode: b.mode, conditions: n.conditions, allergies: n.allergies, note: n.note }] : [];
  }).sort((a, b) => a.dinerName.localeCompare(b.dinerName, 'zh-CN'));
  const dietCounts = Object.fromEntries(
    DIET_CONDITIONS.map((c) => [c, dietLines.filter((l) => l.conditions.includes(c)).length]),
  ) as Record<DietCondition, number>;
  return { slotId: slot.id, date: slot.date, meal: slot.meal, total: live.length, byMode, dishes, dietCounts, dietLines };
}
