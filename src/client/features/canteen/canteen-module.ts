import './canteen.css';
import { canteenModule as shared } from '../../../shared/canteen/canteen-module';
import { defineClientService } from '../../service';
import { lazyScreen } from '../../ui/lazy-screen';
import { canteenMessagesZhCN } from './canteen-messages';
import { describeCanteenRejection } from './canteen-rejections';
import { canteenStores } from './canteen-tables';
import { MenuScreen } from './menu-screen';
import { BOOKINGS_PATH } from './booking-paths';
import { MENU_EDITOR_PATH } from './editor-path';

const BookingsScreen = lazyScreen(() => import('./bookings-screen').then((m) => m.BookingsScreen));
const MenuEditorScreen = lazyScreen(() => import('./menu-editor-screen').then((m) => m.MenuEditorScreen));

/**
 * The canteen in the browser: the menu is the first screen, so its code loads with the shell; its
 * mutators (booking, and the menu editor's) load just after, and the editor and 我的预订 on first use.
 */
export const canteenModule = defineClientService(shared, {
  // loaded right after the first paint (the sync engine asks for them) or on the first tap of 预订
  mutators: () => import('./canteen-mutator-table'),
  stores: canteenStores,
  routes: [
    { path: '/', component: MenuScreen },
    // 我的预订 is not the first screen: its code loads when first opened
    { path: BOOKINGS_PATH, component: BookingsScreen },
    { path: '/bookings/:id', component: BookingsScreen },
    // staff only, reached from the menu: residents never load it
    { path: MENU_EDITOR_PATH, component: MenuEditorScreen },
  ],
  nav: [
    { path: '/', label: 'nav.canteen' },
    { path: BOOKINGS_PATH, label: 'nav.bookings' },
  ],
  messages: canteenMessagesZhCN,
  describeRejection: describeCanteenRejection,
});
