import { canteenModule as shared } from '../../shared/canteen/canteen-module';
import { defineServerService } from '../service';
import { bookMeal, cancelBooking } from './booking.service';
import { setSlotSeats } from './meal-slot.service';
import { copyLastWeekMenu, publishWeekMenu, removeMealSlot, saveMealSlot } from './menu.service';
import { saveDish, setPriceTiers } from './dish.service';
import { findBookings, findCanteens, findDishes, findMealSlots } from './canteen.repository';
import { canteenProjections } from './canteen-projections';
import { seedCanteenDemo } from './canteen-demo';
import { dishPhotoRoutes } from './dish-photo.routes';
import * as canteenMenus from './migrations/20261124T0100-canteen-menus';

/** The canteen on the server. Its first tables came with the initial migration, which the core runs. */
export const canteenModule = defineServerService(shared, {
  handlers: { bookMeal, cancelBooking, setSlotSeats, saveDish, saveMealSlot, removeMealSlot, copyLastWeekMenu, publishWeekMenu, setPriceTiers },
  loaders: { canteen: findCanteens, dish: findDishes, mealSlot: findMealSlots, booking: findBookings },
  projections: canteenProjections,
  migrations: { '20261124T0100-canteen-menus': canteenMenus },
  routes: (app, deps) => dishPhotoRoutes(app, deps),
  seedDemo: seedCanteenDemo,
});
