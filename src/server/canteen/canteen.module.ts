import { canteenModule as shared } from '../../shared/canteen/canteen-module';
import { defineServerService } from '../service';
import { bookMeal, cancelBooking } from './booking.service';
import { setSlotSeats } from './meal-slot.service';
import { serveMeal, serveWalkIn } from './counter.service';
import { saveDietNote } from './diet-note.service';
import { markMealDelivered, saveDeliveryProfile } from './delivery.service';
import { findDeliveryProfiles, findMealDeliveries } from './delivery.repository';
import { endStandingOrder, pauseStandingOrder, resumeStandingOrder, saveStandingOrder } from './standing-order.service';
import { copyLastWeekMenu, publishWeekMenu, removeMealSlot, saveMealSlot } from './menu.service';
import { saveDish, setPriceTiers } from './dish.service';
import { findBookings, findCanteens, findDishes, findMealSlots } from './canteen.repository';
import { findDietNotes, findMealServings, findStandingOrders } from './counter.repository';
import { canteenProjections } from './canteen-projections';
import { counterProjections } from './counter-projections';
import { standingOrderJob } from './standing-order-job';
import { canteenRoutes } from './canteen.routes';
import { seedCanteenDemo } from './canteen-demo';
import { seedCounterDemo } from './counter-demo';
import { dishPhotoRoutes } from './dish-photo.routes';
import * as canteenMenus from './migrations/20261124T0100-canteen-menus';
import * as counter from './migrations/20261124T0201-counter';
import * as delivery from './migrations/20261124T0202-delivery';

/**
 * The canteen on the server: booking, the menu editor, the counter, diet notes, standing orders
 * and their job, delivery. Its first tables came with the initial migration.
 */
export const canteenModule = defineServerService(shared, {
  handlers: {
    bookMeal, cancelBooking, setSlotSeats,
    saveDish, saveMealSlot, removeMealSlot, copyLastWeekMenu, publishWeekMenu, setPriceTiers,
    serveMeal, serveWalkIn, saveDietNote, saveStandingOrder, pauseStandingOrder, resumeStandingOrder, endStandingOrder,
    saveDeliveryProfile, markMealDelivered,
  },
  loaders: {
    canteen: findCanteens, dish: findDishes, mealSlot: findMealSlots, booking: findBookings,
    mealServing: findMealServings, dietNote: findDietNotes, standingOrder: findStandingOrders,
    deliveryProfile: findDeliveryProfiles, mealDelivery: findMealDeliveries,
  },
  projections: { ...canteenProjections, ...counterProjections },
  migrations: {
    '20261124T0100-canteen-menus': canteenMenus,
    '20261124T0201-counter': counter,
    '20261124T0202-delivery': delivery,
  },
  jobs: [standingOrderJob],
  routes: (app, deps) => {
    canteenRoutes(app, deps);
    dishPhotoRoutes(app, deps);
  },
  seedDemo: async (trx, record, now) => {
    await seedCanteenDemo(trx, record, now);
    await seedCounterDemo(trx, record, now);
  },
});
