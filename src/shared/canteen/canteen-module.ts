import { defineSharedService, entities } from '../service';
import type { canteenSchema } from './canteen';
import type { dishSchema } from './dish';
import type { mealSlotSchema } from './meal-slot';
import type { bookingSchema } from './booking';
import type { mealServingSchema } from './meal-serving';
import type { dietNoteSchema } from './diet-note';
import type { standingOrderSchema } from './standing-order';
import type { deliveryProfileSchema, mealDeliverySchema } from './delivery';
import { canteenMutations } from './canteen-mutations';
import { counterMutations } from './counter-mutations';
import { CANTEEN_REJECTION_CODES } from './canteen-rejections';

/** The community canteen (社区食堂): menus, meal slots and bookings; the counter, diet notes, standing orders. */
export const canteenModule = defineSharedService({
  entities: entities<{
    canteen: typeof canteenSchema; dish: typeof dishSchema; mealSlot: typeof mealSlotSchema; booking: typeof bookingSchema;
    mealServing: typeof mealServingSchema; dietNote: typeof dietNoteSchema; standingOrder: typeof standingOrderSchema;
    deliveryProfile: typeof deliveryProfileSchema; mealDelivery: typeof mealDeliverySchema;
  }>({
    canteen: true, dish: true, mealSlot: true, booking: true, mealServing: true, dietNote: true, standingOrder: true,
    deliveryProfile: true, mealDelivery: true,
  }),
  mutations: { ...canteenMutations, ...counterMutations },
  rejections: CANTEEN_REJECTION_CODES,
});
