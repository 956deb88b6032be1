import * as v from 'valibot';
import { idSchema } from '../validation';
import { priceTierSchema } from './price-tier';

/** Meals a canteen serves. */
export const MEALS = ['lunch', 'dinner'] as const;
export type Meal = (typeof MEALS)[number];
export const mealSchema = v.picklist(MEALS);

/** How a booked meal reaches the diner. */
export const SERVICE_MODES = ['dineIn', 'pickup', 'delivery'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];
export const serviceModeSchema = v.picklist(SERVICE_MODES);

/** How the final price is set: a fixed price, or weighed at the counter (称重计费) from an estimate. */
export const PRICINGS = ['fixed', 'weighed'] as const;
export type Pricing = (typeof PRICINGS)[number];

const hhmm = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** When booking closes for a meal: a wall-clock time, some days before the meal's date. */
export const cutoffRuleSchema = v.object({
  daysBefore: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(14)),
  time: hhmm,
});
export type CutoffRule = v.InferOutput<typeof cutoffRuleSchema>;

/** A community canteen (社区食堂 / 长者食堂 / 助餐点). */
export const canteenSchema = v.object({
  id: idSchema,
  communityId: idSchema,
  name: v.string(),
  address: v.string(),
  seats: v.pipe(v.number(), v.integer(), v.minValue(0)),
  pricing: v.picklist(PRICINGS),
  /** Its price tiers: standard, elder prices (助老价) by verified age, set meals for verified groups. */
  priceTiers: v.array(priceTierSchema),
  /** Only diners this old may book (站南爱老公益食堂 serves 80+); null for everyone. */
  minAge: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** Age from which home delivery is offered. */
  deliveryAge: v.pipe(v.number(), v.integer(), v.minValue(0)),
  cutoffs: v.object({ lunch: cutoffRuleSchema, dinner: cutoffRuleSchema }),
});
export type Canteen = v.InferOutput<typeof canteenSchema>;
