import { defineSharedService, entities } from '../service';
import type { canteenSchema } from './canteen';
import type { dishSchema } from './dish';
import type { mealSlotSchema } from './meal-slot';
import type { bookingSchema } from './booking';
import { canteenMutations } from './canteen-mutations';
import { CANTEEN_REJECTION_CODES } from './canteen-rejections';

/** The community canteen (社区食堂): menus, meal slots and bookings. */
export const canteenModule = defineSharedService({
  entities: entities<{ canteen: typeof canteenSchema; dish: typeof dishSchema; mealSlot: typeof mealSlotSchema; booking: typeof bookingSchema }>({ canteen: true, dish: true, mealSlot: true, booking: true }),
  mutations: canteenMutations,
  rejections: CANTEEN_REJECTION_CODES,
});
