import './help.css';
import { helpModule as shared } from '../../../shared/help/help-module';
import { defineClientService } from '../../service';
import { lazyScreen } from '../../ui/lazy-screen';
import { helpShellMessages } from './help-shell-messages';
import { helpStores } from './help-tables';

/** Help on request in the browser: every screen and mutator loads on first use. */
export const helpModule = defineClientService(shared, {
  mutators: () => import('./help-mutators'),
  stores: helpStores,
  routes: [
    { path: '/help', component: lazyScreen(() => import('./help-screen').then((m) => m.HelpScreen)) },
    { path: '/help/:id', component: lazyScreen(() => import('./help-request-screen').then((m) => m.HelpRequestScreen)) },
  ],
  nav: [{ path: '/help', label: 'nav.help' }],
  messages: helpShellMessages,
});
