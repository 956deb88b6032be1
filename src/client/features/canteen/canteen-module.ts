import './canteen.css';
import { canteenModule as shared } from '../../../shared/canteen/canteen-module';
import { defineClientService } from '../../service';
import { lazyScreen } from '../../ui/lazy-screen';
import { canteenMessagesZhCN } from './canteen-messages';
import { describeCanteenRejection } from './canteen-rejections';
import { canteenStores } from './canteen-tables';
import { MenuScreen } from './menu-screen';
import { BOOKINGS_PATH } from './booking-paths';

const BookingsScreen = lazyScreen(() => import('./bookings-screen').then((m) => m.BookingsScreen));

/**
 * The canteen in the browser: the menu is the first screen, so its code loads with the shell; its
 * mutators (and the booking rules they run) load right after, with the first sync cycle, as the
 * other services' do, and in any case before the first 预订 or 取消 (see sync/mutators.ts).
 */
export const canteenModule = defineClientService(shared, {
  mutators: () => import('./canteen-mutators'),
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
