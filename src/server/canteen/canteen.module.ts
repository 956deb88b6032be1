import { canteenModule as shared } from '../../shared/canteen/canteen-module';
import { defineServerService } from '../service';
import { bookMeal, cancelBooking } from './booking.service';
import { setSlotSeats } from './meal-slot.service';
import { findBookings, findCanteens, findDishes, findMealSlots } from './canteen.repository';
import { canteenProjections } from './canteen-projections';
import { seedCanteenDemo } from './canteen-demo';

/** The canteen on the server. Its tables came with the initial migration, which the core runs. */
export const canteenModule = defineServerService(shared, {
  handlers: { bookMeal, cancelBooking, setSlotSeats },
  loaders: { canteen: findCanteens, dish: findDishes, mealSlot: findMealSlots, booking: findBookings },
  projections: canteenProjections,
  seedDemo: seedCanteenDemo,
});
