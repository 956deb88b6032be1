import './canteen.css';
import { canteenModule as shared } from '../../../shared/canteen/canteen-module';
import { defineClientService } from '../../service';
import { lazyScreen } from '../../ui/lazy-screen';
import { bookMeal, cancelBooking, setSlotSeats } from './canteen-mutators';
import { canteenMessagesZhCN } from './canteen-messages';
import { describeCanteenRejection } from './canteen-rejections';
import { canteenStores } from './canteen-tables';
import { MenuScreen } from './menu-screen';
import { BOOKINGS_PATH } from './booking-paths';

const BookingsScreen = lazyScreen(() => import('./bookings-screen').then((m) => m.BookingsScreen));

/** The canteen in the browser: the menu is the first screen, so its code and mutators load with the shell. */
export const canteenModule = defineClientService(shared, {
  // booking's mutators are at hand; the menu editor's load on first use (residents never run them)
  mutators: async () => ({ bookMeal, cancelBooking, setSlotSeats, ...(await import('./menu-mutators')) }),
  stores: canteenStores,
  routes: [
    { path: '/', component: MenuScreen },
    // 我的预订 is not the first screen: its code loads when first opened
    { path: BOOKINGS_PATH, component: BookingsScreen },
    { path: '/bookings/:id', component: BookingsScreen },
  ],
  nav: [
    { path: '/', label: 'nav.canteen' },
    { path: BOOKINGS_PATH, label: 'nav.bookings' },
  ],
  messages: canteenMessagesZhCN,
  describeRejection: describeCanteenRejection,
});
