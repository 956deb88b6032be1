import type { Actor } from '../member';
import { isStaffRole } from '../role';
import { reject, type Rejection } from '../rejection';

export * from './event-schema';
import type { CommunityEvent, EventFields } from './event-schema';

/** Places still free, in people; never negative even if an optimistic count ran ahead. */
export function placesLeft(event: Pick<CommunityEvent, 'capacity' | 'placesTaken'>): number {
  return Math.max(0, event.capacity - event.placesTaken);
}

/** Whether sign-up (and joining the waiting list) has closed at an instant. */
export function isPastDeadline(event: Pick<CommunityEvent, 'signupDeadline'>, now: Date): boolean {
  return now.getTime() >= Date.parse(event.signupDeadline);
}

/** Whether an event has begun (cancelling a sign-up closes then). */
export function hasStarted(event: Pick<CommunityEvent, 'startsAt'>, now: Date): boolean {
  return now.getTime() >= Date.parse(event.startsAt);
}

/** Whether the actor organises events of a community (its staff, or an administrator over it). */
export function isOrganiserOf(actor: Actor, communityId: string): boolean {
  return isStaffRole(actor.role) && actor.communityIds.includes(communityId);
}

/** Checks an organiser's event fields: times in order, age range in order. */
export function checkEventFields(fields: EventFields): Rejection | null {
  if (Date.parse(fields.endsAt) <= Date.parse(fields.startsAt)) {
    return reject('INVALID', ['endsAt'], 'the event must end after it starts');
  }
  if (Date.parse(fields.signupDeadline) > Date.parse(fields.startsAt)) {
    return reject('INVALID', ['signupDeadline'], 'sign-up must close before the event starts');
  }
  if (fields.minAge !== null && fields.maxAge !== null && fields.minAge > fields.maxAge) {
    return reject('INVALID', ['minAge', 'maxAge'], 'the youngest age must not exceed the oldest');
  }
  return null;
}

/** Decides whether staff may create an event in a community. */
export function checkCreateEvent(actor: Actor, communityId: string, fields: EventFields): Rejection | null {
  if (!isOrganiserOf(actor, communityId)) return reject('FORBIDDEN', ['communityId'], 'only staff of this community organise its events');
  return checkEventFields(fields);
}

/** Decides whether an event may be edited: by its community's staff, capacity never below the places taken. */
export function checkUpdateEvent(actor: Actor, event: CommunityEvent, fields: EventFields): Rejection | null {
  if (!isOrganiserOf(actor, event.communityId)) return reject('FORBIDDEN', ['eventId'], 'only staff of this community edit its events');
  if (event.status === 'cancelled') return reject('EVENT_CANCELLED', ['eventId'], 'this event is cancelled');
  if (fields.capacity < event.placesTaken) {
    return reject('CAPACITY_BELOW_TAKEN', ['capacity'], `${event.placesTaken} places are already taken`);
  }
  return checkEventFields(fields);
}

/** Decides whether an event may be cancelled by the organiser. */
export function checkCancelEvent(actor: Actor, event: CommunityEvent): Rejection | null {
  if (!isOrganiserOf(actor, event.communityId)) return reject('FORBIDDEN', ['eventId'], 'only staff of this community cancel its events');
  if (event.status === 'cancelled') return reject('EVENT_CANCELLED', ['eventId'], 'this event is already cancelled');
  return null;
}

/** Builds a new event row, identical on client and server. */
export function makeEvent(
  organiser: { id: string; name: string },
  ids: { id: string; communityId: string; seriesId: string | null },
  fields: EventFields,
  createdAt: string,
): CommunityEvent {
  return {
    ...ids, organiserId: organiser.id, organiserName: organiser.name, ...fields,
    placesTaken: 0, waitingCount: 0, status: 'scheduled', createdAt,
  };
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The dates of a weekly series: the first occurrence's times shifted by whole weeks (China has
 * no daylight saving, so a week is always the same number of milliseconds).
 */
export function weeklyOccurrences(
  first: Pick<EventFields, 'startsAt' | 'endsAt' | 'signupDeadline'>,
  count: number,
): Pick<EventFields, 'startsAt' | 'endsAt' | 'signupDeadline'>[] {
  const shift = (iso: string, i: number) => new Date(Date.parse(iso) + i * WEEK_MS).toISOString();
  return Array.from({ length: count }, (_, i) => ({
    startsAt: shift(first.startsAt, i), endsAt: shift(first.endsAt, i), signupDeadline: shift(first.signupDeadline, i),
  }));
}
