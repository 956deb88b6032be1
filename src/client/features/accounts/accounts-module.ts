import { accountsModule as shared } from '../../../shared/accounts/accounts-module';
import { CARD_PATH } from '../../../shared/accounts/card-link';
import { defineClientService } from '../../service';
import { lazyScreen } from '../../ui/lazy-screen';
import { accountsShellMessages } from './accounts-shell-messages';
import { accountsStores } from './accounts-tables';

/** Staff's pages (the office desk, a card to print, the audit log) share one chunk: the one leads to the other. */
const StaffPages = lazyScreen(() => import('./staff-pages').then((m) => m.StaffPages));

/** Accounts in the browser: every screen and mutator loads on first use. */
export const accountsModule = defineClientService(shared, {
  mutators: () => import('./accounts-mutators'),
  stores: accountsStores,
  routes: [
    { path: '/account', component: lazyScreen(() => import('./account-screen').then((m) => m.AccountScreen)) },
    // the office desk and the audit log
    { path: '/account/:page', component: StaffPages },
    { path: '/account/cards/:id', component: StaffPages },
  ],
  // the page a scanned service card opens, with or without a session: only someone holding a card loads it
  publicRoutes: [{ path: CARD_PATH, load: () => import('./card-screen').then((m) => m.CardScreen) }],
  nav: [{ path: '/account', label: 'nav.account' }],
  messages: accountsShellMessages,
});
