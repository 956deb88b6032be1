import './events.css';
import { eventsModule as shared } from '../../../shared/events/events-module';
import { defineClientService } from '../../service';
import { lazyScreen } from '../../ui/lazy-screen';
import { EVENT_PATHS } from './event-paths';
import { eventShellMessages } from './event-shell-messages';
import { eventStores } from './event-tables';

/** Events in the browser: every screen and mutator loads on first use, keeping the menu's first load small. */
export const eventsModule = defineClientService(shared, {
  mutators: () => import('./event-mutators'),
  stores: eventStores,
  routes: [
    { path: EVENT_PATHS.events, component: lazyScreen(() => import('./events-screen').then((m) => m.EventsScreen)) },
    { path: EVENT_PATHS.myEvents, component: lazyScreen(() => import('./my-events-screen').then((m) => m.MyEventsScreen)) },
    { path: EVENT_PATHS.eventWishes, component: lazyScreen(() => import('./wishes-screen').then((m) => m.WishesScreen)) },
    { path: EVENT_PATHS.eventStaff, component: lazyScreen(() => import('./staff-screen').then((m) => m.StaffEventsScreen)) },
    // after the fixed paths: the router takes the first route that matches
    { path: '/events/:id', component: lazyScreen(() => import('./event-screen').then((m) => m.EventScreen)) },
  ],
  nav: [{ path: EVENT_PATHS.events, label: 'nav.events' }],
  messages: eventShellMessages,
});
