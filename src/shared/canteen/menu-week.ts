import type { Canteen, Meal, ServiceMode } from './canteen';
import type { Dish } from './dish';
import { mealSlotId, type MealSlot } from './meal-slot';
import { addDays, isoWeekday, shanghaiInstant } from '../time';
import { reject, type Rejection } from '../rejection';

/**
 * The menu editor's rules: a week's menu is drafted meal by meal (or copied from the week
 * before), then published in one go; until then only the canteen's staff see it. Client mutators
 * and server handlers both run these, so the phone's draft looks like what the server will hold.
 */

/** The earliest a cut-off may be: two weeks before the meal's date, as the canteen's rules allow. */
export const MAX_CUTOFF_DAYS_BEFORE = 14;

/**
 * Whether a cut-off fits its meal: on or before the meal's date in Shanghai (a booking must close
 * before the day is over) and at most two weeks ahead of it.
 */
export function checkCutoff(date: string, cutoffAt: string): Rejection | null {
  const at = Date.parse(cutoffAt);
  if (at >= shanghaiInstant(addDays(date, 1), '00:00').getTime()) {
    return reject('INVALID', ['cutoffAt'], 'booking must close on or before the day of the meal');
  }
  if (at < shanghaiInstant(addDays(date, -MAX_CUTOFF_DAYS_BEFORE), '00:00').getTime()) {
    return reject('INVALID', ['cutoffAt'], `booking may close at most ${MAX_CUTOFF_DAYS_BEFORE} days before the meal`);
  }
  return null;
}

/** Whether a dish's words hold together: a name, and each tag and allergen once. */
export function checkDishFields(d: Pick<Dish, 'name' | 'tags' | 'allergens'>): Rejection | null {
  if (d.name.trim() === '') return reject('INVALID', ['name'], 'a dish needs a name');
  if (new Set(d.tags).size !== d.tags.length) return reject('INVALID', ['tags'], 'a tag is listed twice');
  if (new Set(d.allergens).size !== d.allergens.length) return reject('INVALID', ['allergens'], 'an allergen is listed twice');
  return null;
}

/** Whether a date is a Monday: weeks are copied and published from their Monday. */
export function isMonday(date: string): boolean {
  return isoWeekday(date) === 1;
}

/** Whether a date falls in the week starting on a Monday. */
export function inWeek(date: string, monday: string): boolean {
  return date >= monday && date <= addDays(monday, 6);
}

/** What staff set for one meal in the editor. */
export interface MealDraft {
  date: string;
  meal: Meal;
  dishIds: string[];
  cutoffAt: string;
  modes: ServiceMode[];
}

/**
 * Whether a meal's draft may be saved: dishes of this canteen (each once, at least one), each way
 * of serving once, a cut-off that fits the meal's date.
 */
export function checkMealDraft(canteen: Pick<Canteen, 'id'>, draft: MealDraft, dishes: readonly (Pick<Dish, 'id' | 'canteenId'> | undefined)[]): Rejection | null {
  if (new Set(draft.dishIds).size !== draft.dishIds.length) return reject('INVALID', ['dishIds'], 'a dish is listed twice');
  if (dishes.some((dish) => dish === undefined || dish.canteenId !== canteen.id)) {
    return reject('NOT_FOUND', ['dishIds'], 'a dish is not one of this canteen’s');
  }
  if (new Set(draft.modes).size !== draft.modes.length) return reject('INVALID', ['modes'], 'a way of serving is listed twice');
  return checkCutoff(draft.date, draft.cutoffAt);
}

/** The meal a canteen serves at a date, whatever its id (older rows were not named by mealSlotId). */
export function slotAt<S extends Pick<MealSlot, 'canteenId' | 'date' | 'meal'>>(slots: readonly S[], canteenId: string, date: string, meal: Meal): S | undefined {
  return slots.find((slot) => slot.canteenId === canteenId && slot.date === date && slot.meal === meal);
}

/**
 * A meal as the editor leaves it: an existing one keeps its seats, bookings and whether it is
 * published; a new one is a draft with the canteen's seats.
 */
export function draftedSlot(canteen: Pick<Canteen, 'id' | 'communityId' | 'seats'>, draft: MealDraft, existing: MealSlot | undefined): MealSlot {
  const base: MealSlot = existing ?? {
    id: mealSlotId(canteen.id, draft.date, draft.meal), canteenId: canteen.id, communityId: canteen.communityId,
    date: draft.date, meal: draft.meal, dishIds: [], seats: canteen.seats, seatsTaken: 0, cutoffAt: draft.cutoffAt,
    modes: [], published: false,
  };
  return { ...base, dishIds: draft.dishIds, cutoffAt: draft.cutoffAt, modes: draft.modes };
}

/**
 * The drafts that copying the previous week into the week of `monday` makes: each of last week's
 * meals on the same weekday, with its dishes, seats, ways of serving and a cut-off as many hours
 * before the meal. Meals the week already has are left as staff made them.
 */
export function copiedSlots(lastWeek: readonly MealSlot[], thisWeek: readonly Pick<MealSlot, 'date' | 'meal'>[], monday: string): MealSlot[] {
  const weekMs = 7 * 24 * 3600_000;
  const taken = new Set(thisWeek.map((slot) => `${slot.date}/${slot.meal}`));
  return lastWeek
    .filter((slot) => inWeek(addDays(slot.date, 7), monday))
    .map((slot): MealSlot => {
      const date = addDays(slot.date, 7);
      return {
        ...slot, id: mealSlotId(slot.canteenId, date, slot.meal), date, seatsTaken: 0, published: false,
        cutoffAt: new Date(Date.parse(slot.cutoffAt) + weekMs).toISOString(),
      };
    })
    .filter((slot) => !taken.has(`${slot.date}/${slot.meal}`));
}

/** Refuses a copy that would add nothing: last week had no menu, or this week has every meal already. */
export function checkCopy(copies: readonly MealSlot[], lastWeekCount: number): Rejection | null {
  if (copies.length > 0) return null;
  return reject('NOTHING_TO_COPY', ['monday'], lastWeekCount === 0 ? 'last week has no menu to copy' : 'this week already has every meal of last week');
}

/** The drafts publishing a week makes visible; refuses when there are none. */
export function draftsToPublish(weekSlots: readonly MealSlot[]): { drafts: MealSlot[]; refusal: Rejection | null } {
  const drafts = weekSlots.filter((slot) => !slot.published);
  return { drafts, refusal: drafts.length === 0 ? reject('NOTHING_TO_PUBLISH', ['monday'], 'this week has no draft meals to publish') : null };
}

/** A published meal stays: residents may have read or booked it. Only a draft may be removed. */
export function checkRemoveSlot(slot: Pick<MealSlot, 'published'>): Rejection | null {
  return slot.published ? reject('ALREADY_PUBLISHED', ['slotId'], 'a published meal cannot be removed') : null;
}

/** Refuses a week that does not start on a Monday: menus are copied and published per week. */
export function checkMonday(date: string): Rejection | null {
  return isMonday(date) ? null : reject('INVALID', ['monday'], 'a week starts on a Monday');
}

/** A cut-off as the editor shows it: its date and wall-clock time in Shanghai, whatever the phone's zone. */
export function cutoffParts(cutoffAt: string): { date: string; time: string } {
  const shifted = new Date(Date.parse(cutoffAt) + 8 * 3600_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** The cut-off instant of a Shanghai date and wall-clock time the editor was given. */
export function cutoffAtFrom(date: string, time: string): string {
  return shanghaiInstant(date, time).toISOString();
}
