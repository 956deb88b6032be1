import { t } from '../i18n/t';
import { followLink, ROUTES, type RoutePath } from '../router';

const ITEMS = [
  { path: ROUTES.menu, label: 'nav.canteen' },
  { path: ROUTES.bookings, label: 'nav.bookings' },
  // help on request
  { path: ROUTES.help, label: 'nav.help' },
  // events
  { path: ROUTES.events, label: 'nav.events' },
] as const;

/** The tab bar at the bottom; room is left for 活动 and 帮办 as the app grows. */
export function BottomNav({ route }: { route: RoutePath }) {
  return (
    <nav class="bottom-nav" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.path}>
            <a
              href={item.path}
              aria-current={route === item.path ? 'page' : undefined}
              onClick={(e) => followLink(e, item.path)}
            >
              {t(item.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
