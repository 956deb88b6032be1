import { canteenModule as shared } from '../../shared/canteen/canteen-module';
import { defineServerService } from '../service';
import { bookMeal, cancelBooking } from './booking.service';
import { setSlotSeats } from './meal-slot.service';
import { serveMeal, serveWalkIn } from './counter.service';
import { saveDietNote } from './diet-note.service';
import { markMealDelivered, saveDeliveryProfile } from './delivery.service';
import { findDeliveryProfiles, findMealDeliveries } from './delivery.repository';
import { endStandingOrder, pauseStandingOrder, resumeStandingOrder, saveStandingOrder } from './standing-order.service';
import { findBookings, findCanteens, findDishes, findMealSlots } from './canteen.repository';
import { findDietNotes, findMealServings, findStandingOrders } from './counter.repository';
import { canteenProjections } from './canteen-projections';
import { counterProjections } from './counter-projections';
import { standingOrderJob } from './standing-order-job';
import { canteenRoutes } from './canteen.routes';
import { seedCanteenDemo } from './canteen-demo';
import { seedCounterDemo } from './counter-demo';
import * as counter from './migrations/20261124T0201-counter';
import * as delivery from './migrations/20261124T0202-delivery';

/** The canteen on the server: booking, the counter, diet notes, standing orders and their job, delivery. Its first tables came with the initial migration. */
export const canteenModule = defineServerService(shared, {
  handlers: {
    bookMeal, cancelBooking, setSlotSeats,
    serveMeal, serveWalkIn, saveDietNote, saveStandingOrder, pauseStandingOrder, resumeStandingOrder, endStandingOrder,
    saveDeliveryProfile, markMealDelivered,
  },
  loaders: {
    canteen: findCanteens, dish: findDishes, mealSlot: findMealSlots, booking: findBookings,
    mealServing: findMealServings, dietNote: findDietNotes, standingOrder: findStandingOrders,
    deliveryProfile: findDeliveryProfiles, mealDelivery: findMealDeliveries,
  },
  projections: { ...canteenProjections, ...counterProjections },
  migrations: { '20261124T0201-counter': counter, '20261124T0202-delivery': delivery },
  jobs: [standingOrderJob],
  routes: canteenRoutes,
  seedDemo: async (trx, record, now) => {
    await seedCanteenDemo(trx, record, now);
    await seedCounterDemo(trx, record, now);
  },
});
