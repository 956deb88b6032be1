/**
 * Read functions for the event screens. They read only IndexedDB, so they answer the same
 * offline (a staff phone holds its community's whole roster); wrap them in useLiveQuery.
 */
import type { AppDb } from '../../data/db';
import type { SessionInfo } from '../../../shared/auth';
import type { CommunityEvent } from '../../../shared/events/event';
import type { EventWish } from '../../../shared/events/event-wish';
import type { Member } from '../../../shared/member';
import type { Signup } from '../../../shared/events/signup';
import { pendingRowKeys } from '../../data/sync-queries';

/** Events of the given communities starting in [from, to), by start time. */
export async function listEvents(db: AppDb, communityIds: string[], from: string, to: string): Promise<CommunityEvent[]> {
  const events = await db.event.where('startsAt').between(from, to, true, false).toArray();
  return events.filter((e) => communityIds.includes(e.communityId)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** One event of the given communities, if this phone holds it. */
export async function getEvent(db: AppDb, communityIds: string[], id: string): Promise<CommunityEvent | undefined> {
  const event = await db.event.get(id);
  return event && communityIds.includes(event.communityId) ? event : undefined;
}

/** Every event the phone holds for the communities, by start time (staff pick one from them). */
export async function listAllEvents(db: AppDb, communityIds: string[]): Promise<CommunityEvent[]> {
  const events = await db.event.where('communityId').anyOf(communityIds).toArray();
  return events.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** A sign-up as the family sees it, with its event and whether it waits to sync. */
export type MySignup = Signup & { event: CommunityEvent; syncState: 'pending' | 'confirmed' };

/** My household's sign-ups (cancelled ones are gone), by event time; includes those made offline. */
export async function listMySignups(db: AppDb, session: SessionInfo): Promise<MySignup[]> {
  const { id, householdId } = session.user;
  const rows = householdId === null
    ? (await db.signup.toArray()).filter((s) => s.bookedById === id)
    : await db.signup.where('householdId').equals(householdId).toArray();
  const [events, pending] = await Promise.all([db.event.bulkGet(rows.map((s) => s.eventId)), pendingRowKeys(db)]);
  const result: MySignup[] = [];
  rows.forEach((s, i) => {
    const event = events[i];
    if (!event || s.status === 'cancelled') return;
    result.push({ ...s, event, syncState: pending.has(`signup:${s.id}`) ? 'pending' : 'confirmed' });
  });
  return result.sort((a, b) => a.event.startsAt.localeCompare(b.event.startsAt));
}

/** Every active sign-up of an event this phone holds (a staff phone: the whole roster). */
export async function listEventSignups(db: AppDb, eventId: string): Promise<Signup[]> {
  return (await db.signup.where('eventId').equals(eventId).toArray()).filter((s) => s.status !== 'cancelled');
}

/** Members by id, for naming a roster's people. */
export async function membersById(db: AppDb, ids: string[]): Promise<Map<string, Member>> {
  const found = await db.member.bulkGet(ids);
  return new Map(found.filter((m): m is Member => m !== undefined).map((m) => [m.id, m]));
}

/** Wishes of the communities. */
export async function listWishes(db: AppDb, communityIds: string[]): Promise<EventWish[]> {
  return db.eventWish.where('communityId').anyOf(communityIds).toArray();
}

/** Check-in refusals not yet dismissed, with who checked in first and when. */
export async function listCheckInConflicts(db: AppDb): Promise<{ id: string; signupId: string; byName: string; at: string }[]> {
  const entries = await db.rejections.toArray();
  return entries
    .filter((r) => r.name === 'checkInSignup' && r.code === 'ALREADY_CHECKED_IN')
    .map((r) => ({ id: r.id, signupId: String((r.args as { signupId?: unknown }).signupId ?? ''), byName: r.detail?.byName ?? '', at: r.detail?.at ?? '' }));
}
