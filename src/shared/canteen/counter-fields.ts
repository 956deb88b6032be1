import * as v from 'valibot';
import { dateSchema, idSchema, multiLineTextSchema, textSchema } from '../validation';
import { mealSchema, serviceModeSchema } from './canteen';

// The argument fields of the counter's mutations, alone in a file: the mutation list ships with
// the first screen, the rules (meal-serving.ts, diet-note.ts, …) load with the screens that use them.

/** Diets the kitchen cooks for: 糖尿病 (less sugar and starch), 低盐, 软食 (no teeth, swallowing). */
export const DIET_CONDITIONS = ['diabetic', 'lowSalt', 'softFood'] as const;
export type DietCondition = (typeof DIET_CONDITIONS)[number];

/** The fields the household or staff set on a diet note; saveDietNote takes exactly these. */
export const dietNoteFields = {
  residentId: idSchema,
  conditions: v.pipe(v.array(v.picklist(DIET_CONDITIONS)), v.maxLength(DIET_CONDITIONS.length)),
  /** Free words, e.g. 花生、虾. */
  allergies: v.pipe(textSchema, v.trim(), v.maxLength(60)),
  note: v.pipe(multiLineTextSchema, v.trim(), v.maxLength(100)),
};

/** The heaviest plate a counter records (grams); more is a typing slip. */
export const MAX_GRAMS = 5000;
/** The most a counter charges for one meal (fen). */
export const MAX_CHARGE_FEN = 100_000;

/** What the counter sends for a weighed meal (both) or a fixed-price one (neither). */
export const chargeFields = {
  grams: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_GRAMS))),
  chargedFen: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_CHARGE_FEN))),
};

/** An elder with no phone whom the counter staff register on the spot (from their ID card). */
export const newResidentSchema = v.object({
  name: v.pipe(textSchema, v.trim(), v.minLength(1), v.maxLength(20)),
  /** Read off the ID card by staff, so it counts as verified (it sets the elder price). */
  birthDate: v.nullable(dateSchema),
});

/** The fields a household or staff choose for a standing order; saveStandingOrder takes exactly these. */
export const standingOrderFields = {
  canteenId: idSchema,
  dinerId: idSchema,
  meal: mealSchema,
  /** 1 = Monday … 7 = Sunday. */
  weekdays: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))), v.minLength(1), v.maxLength(7)),
  mode: serviceModeSchema,
  startDate: dateSchema,
};

/** Where a meal is carried and why the resident may have it delivered; saveDeliveryProfile takes these. */
export const deliveryProfileFields = {
  residentId: idSchema,
  /** 楼栋, e.g. 5栋. */
  building: v.pipe(textSchema, v.trim(), v.minLength(1), v.maxLength(20)),
  floor: v.pipe(v.number(), v.integer(), v.minValue(-3), v.maxValue(99)),
  /** 单元和房号, e.g. 1单元302. */
  room: v.pipe(textSchema, v.trim(), v.maxLength(20)),
  disability: v.boolean(),
  livesAlone: v.boolean(),
};
