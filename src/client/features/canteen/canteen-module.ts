import './canteen.css';
import { canteenModule as shared } from '../../../shared/canteen/canteen-module';
import { defineClientService } from '../../service';
import { lazyScreen } from '../../ui/lazy-screen';
import { canteenMessages } from './canteen-messages';
import { describeCanteenRejection } from './canteen-rejections';
import { canteenStores } from './canteen-tables';
import { counterStores } from './counter-tables';
import { MenuScreen } from './menu-screen';
import { BOOKINGS_PATH } from './booking-paths';
import { COUNTER_PATHS } from './counter-paths';
import { MENU_EDITOR_PATH } from './editor-path';

const BookingsScreen = lazyScreen(() => import('./bookings-screen').then((m) => m.BookingsScreen));
const MenuEditorScreen = lazyScreen(() => import('./menu-editor-screen').then((m) => m.MenuEditorScreen));

/**
 * The canteen in the browser: the menu is the first screen, so its code loads with the shell;
 * its
 * mutators (booking, counter, menu editor) load just after, and every other screen when first opened.
 */
export const canteenModule = defineClientService(shared, {
  // loaded right after the first paint (the sync engine asks for them) or on the first tap of 预订
  mutators: () => import('./canteen-mutator-table'),
  stores: [...canteenStores, ...counterStores],
  routes: [
    { path: '/', component: MenuScreen },
    { path: BOOKINGS_PATH, component: BookingsScreen },
    { path: '/bookings/:id', component: BookingsScreen },
    { path: COUNTER_PATHS.prepList, component: lazyScreen(() => import('./prep-list-screen').then((m) => m.PrepListScreen)) },
    { path: COUNTER_PATHS.counter, component: lazyScreen(() => import('./counter-screen').then((m) => m.CounterScreen)) },
    { path: COUNTER_PATHS.standingOrders, component: lazyScreen(() => import('./standing-orders-screen').then((m) => m.StandingOrdersScreen)) },
    { path: COUNTER_PATHS.dietNotes, component: lazyScreen(() => import('./diet-notes-screen').then((m) => m.DietNotesScreen)) },
    { path: COUNTER_PATHS.statement, component: lazyScreen(() => import('./statement-screen').then((m) => m.StatementScreen)) },
    { path: COUNTER_PATHS.delivery, component: lazyScreen(() => import('./delivery-screen').then((m) => m.DeliveryScreen)) },
    // staff only, reached from the menu: residents never load it
    { path: MENU_EDITOR_PATH, component: MenuEditorScreen },
  ],
  nav: [
    { path: '/', label: 'nav.canteen' },
    { path: BOOKINGS_PATH, label: 'nav.bookings' },
  ],
  messages: canteenMessages,
  describeRejection: describeCanteenRejection,
});
