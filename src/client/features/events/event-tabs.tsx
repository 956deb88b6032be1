import './event-messages';
import { isStaffRole, type Role } from '../../../shared/role';
import { t } from '../../i18n/t';
import { followLink, ROUTES, type RoutePath } from '../../router';

/** The event section's own tabs: calendar, mine, wishes, and for staff the organiser's desk. */
export function EventTabs({ route, role }: { route: RoutePath; role: Role }) {
  const items = [
    { path: ROUTES.events, label: t('events.tabCalendar') },
    { path: ROUTES.myEvents, label: t('events.tabMine') },
    { path: ROUTES.eventWishes, label: t('events.tabWishes') },
    ...(isStaffRole(role) ? [{ path: ROUTES.eventStaff, label: t('events.tabStaff') }] : []),
  ];
  return (
    <nav class="event-tabs" aria-label={t('events.title')}>
      {items.map((item) => (
        <a key={item.path} href={item.path} aria-current={route === item.path ? 'page' : undefined} onClick={(e) => followLink(e, item.path)}>
          {item.label}
        </a>
      ))}
    </nav>
  );
}
