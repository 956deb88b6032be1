/** The event pages' paths: the tabs link them, the module routes them. */
export const EVENT_PATHS = {
  events: '/events', myEvents: '/events/mine', eventWishes: '/events/wishes', eventStaff: '/events/staff',
} as const;

/** The page of one event, which can be linked, shared and reopened after a reload. */
export function eventPath(eventId: string): string {
  return `/events/${encodeURIComponent(eventId)}`;
}
