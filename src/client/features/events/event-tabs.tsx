import './event-messages';
import { isStaffRole, type Role } from '../../../shared/role';
import { t } from '../../i18n/t';
import { EVENT_PATHS } from './event-paths';

/** The event section's own tabs: calendar, mine, wishes, and for staff the organiser's desk. */
export function EventTabs({ route, role }: { route: string; role: Role }) {
  const items = [
    { path: EVENT_PATHS.events, label: t('events.tabCalendar') },
    { path: EVENT_PATHS.myEvents, label: t('events.tabMine') },
    { path: EVENT_PATHS.eventWishes, label: t('events.tabWishes') },
    ...(isStaffRole(role) ? [{ path: EVENT_PATHS.eventStaff, label: t('events.tabStaff') }] : []),
  ];
  return (
    <nav class="event-tabs" aria-label={t('events.title')}>
      {items.map((item) => (
        <a key={item.path} href={item.path} aria-current={route === item.path ? 'page' : undefined}>
          {item.label}
        </a>
      ))}
    </nav>
  );
}
