import { defineSharedService } from '../service';
import { canteenSchema } from './canteen';
import { dishSchema } from './dish';
import { mealSlotSchema } from './meal-slot';
import { bookingSchema } from './booking';
import { canteenMutations } from './canteen-mutations';
import { CANTEEN_REJECTION_CODES } from './canteen-rejections';

/** The community canteen (社区食堂): menus, meal slots and bookings. */
export const canteenModule = defineSharedService({
  entities: { canteen: canteenSchema, dish: dishSchema, mealSlot: mealSlotSchema, booking: bookingSchema },
  mutations: canteenMutations,
  rejections: CANTEEN_REJECTION_CODES,
});
