import { canteenModule as shared } from '../../shared/canteen/canteen-module';
import { defineServerService } from '../service';
import { bookMeal, cancelBooking } from './booking.service';
import { setSlotSeats } from './meal-slot.service';
import { serveMeal, serveWalkIn } from './counter.service';
import { saveDietNote } from './diet-note.service';
import { endStandingOrder, pauseStandingOrder, resumeStandingOrder, saveStandingOrder } from './standing-order.service';
import { findBookings, findCanteens, findDishes, findMealSlots } from './canteen.repository';
import { findDietNotes, findMealServings, findStandingOrders } from './counter.repository';
import { canteenProjections } from './canteen-projections';
import { counterProjections } from './counter-projections';
import { standingOrderJob } from './standing-order-job';
import { canteenRoutes } from './canteen.routes';
import { seedCanteenDemo } from './canteen-demo';
import * as counter from './migrations/20261124T0201-counter';

/** The canteen on the server: booking, the counter, diet notes, standing orders and their job. Its first tables came with the initial migration. */
export const canteenModule = defineServerService(shared, {
  handlers: {
    bookMeal, cancelBooking, setSlotSeats,
    serveMeal, serveWalkIn, saveDietNote, saveStandingOrder, pauseStandingOrder, resumeStandingOrder, endStandingOrder,
  },
  loaders: {
    canteen: findCanteens, dish: findDishes, mealSlot: findMealSlots, booking: findBookings,
    mealServing: findMealServings, dietNote: findDietNotes, standingOrder: findStandingOrders,
  },
  projections: { ...canteenProjections, ...counterProjections },
  migrations: { '20261124T0201-counter': counter },
  jobs: [standingOrderJob],
  routes: canteenRoutes,
  seedDemo: seedCanteenDemo,
});
