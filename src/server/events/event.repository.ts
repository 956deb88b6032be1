import type { Kysely, Selectable, Transaction } from 'kysely';
import * as v from 'valibot';
import { eventSchema, type CommunityEvent } from '../../shared/events/event';
import { signupSchema, type Signup } from '../../shared/events/signup';
import { eventWishSchema, type EventWish } from '../../shared/events/event-wish';
import type { Database } from '../db/schema';
import type { EventTable, SignupTable } from './event.table';

type Db = Kysely<Database> | Transaction<Database>;

// Mappers parse with the shared schema: a row that no longer fits fails loudly here, not in a client.

/** Maps an events row to the shared CommunityEvent. */
export function toEvent(row: Selectable<EventTable>): CommunityEvent {
  return v.parse(eventSchema, {
    id: row.id, communityId: row.community_id, seriesId: row.series_id, organiserId: row.organiser_id,
    organiserName: row.organiser_name, kind: row.kind, title: row.title, description: row.description, place: row.place,
    startsAt: row.starts_at, endsAt: row.ends_at, signupDeadline: row.signup_deadline, capacity: row.capacity,
    placesTaken: row.places_taken, waitingCount: row.waiting_count, minAge: row.min_age, maxAge: row.max_age,
    adultsAccompany: row.adults_accompany === 1, promotion: row.promotion, offerHours: row.offer_hours,
    status: row.status, createdAt: row.created_at,
  });
}

/** Maps a signups row to the shared Signup. */
export function toSignup(row: Selectable<SignupTable>): Signup {
  return v.parse(signupSchema, {
    id: row.id, eventId: row.event_id, communityId: row.community_id, householdId: row.household_id,
    bookedById: row.booked_by_id, memberIds: JSON.parse(row.member_ids), adults: row.adults, children: row.children,
    status: row.status, ticketCode: row.ticket_code, queuedAt: row.queued_at, waitlistPosition: row.waitlist_position,
    offerExpiresAt: row.offer_expires_at, checkedInAt: row.checked_in_at, checkedInById: row.checked_in_by_id,
    checkedInByName: row.checked_in_by_name, createdAt: row.created_at,
  });
}

function eventValues(e: CommunityEvent): Selectable<EventTable> {
  return {
    id: e.id, community_id: e.communityId, series_id: e.seriesId, organiser_id: e.organiserId, organiser_name: e.organiserName,
    kind: e.kind, title: e.title, description: e.description, place: e.place, starts_at: e.startsAt, ends_at: e.endsAt,
    signup_deadline: e.signupDeadline, capacity: e.capacity, places_taken: e.placesTaken, waiting_count: e.waitingCount,
    min_age: e.minAge, max_age: e.maxAge, adults_accompany: e.adultsAccompany ? 1 : 0, promotion: e.promotion,
    offer_hours: e.offerHours, status: e.status, created_at: e.createdAt,
  };
}

function signupValues(s: Signup): Selectable<SignupTable> {
  return {
    id: s.id, event_id: s.eventId, community_id: s.communityId, household_id: s.householdId, booked_by_id: s.bookedById,
    member_ids: JSON.stringify(s.memberIds), adults: s.adults, children: s.children, status: s.status,
    ticket_code: s.ticketCode, queued_at: s.queuedAt, waitlist_position: s.waitlistPosition, offer_expires_at: s.offerExpiresAt,
    checked_in_at: s.checkedInAt, checked_in_by_id: s.checkedInById, checked_in_by_name: s.checkedInByName, created_at: s.createdAt,
  };
}

/** Loads events by id. */
export async function findEvents(db: Db, ids: readonly string[]): Promise<CommunityEvent[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('events').selectAll().where('id', 'in', ids).execute()).map(toEvent);
}

/** Inserts an event. */
export async function insertEvent(db: Db, e: CommunityEvent): Promise<void> {
  await db.insertInto('events').values(eventValues(e)).execute();
}

/** Writes an event's fields, counters and status. */
export async function updateEventRow(db: Db, e: CommunityEvent): Promise<void> {
  const { id: _id, ...rest } = eventValues(e);
  await db.updateTable('events').set(rest).where('id', '=', e.id).execute();
}

/** Loads sign-ups by id. */
export async function findSignups(db: Db, ids: readonly string[]): Promise<Signup[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('signups').selectAll().where('id', 'in', ids).execute()).map(toSignup);
}

/** Every sign-up of an event (cancelled ones too), as the waiting-list rules need them. */
export async function findEventSignups(db: Db, eventId: string): Promise<Signup[]> {
  return (await db.selectFrom('signups').selectAll().where('event_id', '=', eventId).execute()).map(toSignup);
}

/** Inserts a sign-up. */
export async function insertSignup(db: Db, s: Signup): Promise<void> {
  await db.insertInto('signups').values(signupValues(s)).execute();
}

/** Writes a sign-up's party, status, offer and check-in. */
export async function updateSignupRow(db: Db, s: Signup): Promise<void> {
  const { id: _id, ...rest } = signupValues(s);
  await db.updateTable('signups').set(rest).where('id', '=', s.id).execute();
}

/** Events with an offer whose window has passed, for the offer job. */
export async function findEventIdsWithLapsedOffers(db: Db, now: Date): Promise<string[]> {
  const rows = await db.selectFrom('signups').select('event_id').distinct()
    .where('status', '=', 'offered').where('offer_expires_at', '<=', now.toISOString()).execute();
  return rows.map((r) => r.event_id);
}

/** Loads wishes by id with their votes (every voter id; the projection trims them per viewer). */
export async function findEventWishes(db: Db, ids: readonly string[]): Promise<EventWish[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('event_wishes').selectAll().where('id', 'in', ids).execute();
  const votes = await db.selectFrom('event_wish_votes').select(['wish_id', 'member_id']).where('wish_id', 'in', ids).execute();
  return rows.map((row) => {
    const voterIds = votes.filter((x) => x.wish_id === row.id).map((x) => x.member_id);
    return v.parse(eventWishSchema, {
      id: row.id, communityId: row.community_id, topic: row.topic, proposedById: row.proposed_by_id,
      votes: voterIds.length, voterIds, createdAt: row.created_at,
    });
  });
}

/** Inserts a wish. */
export async function insertEventWish(db: Db, w: Pick<EventWish, 'id' | 'communityId' | 'topic' | 'proposedById' | 'createdAt'>): Promise<void> {
  await db.insertInto('event_wishes').values({
    id: w.id, community_id: w.communityId, topic: w.topic, proposed_by_id: w.proposedById, created_at: w.createdAt,
  }).execute();
}

/** Records one person's vote. */
export async function insertEventWishVote(db: Db, wishId: string, memberId: string, at: string): Promise<void> {
  await db.insertInto('event_wish_votes').values({ wish_id: wishId, member_id: memberId, created_at: at }).execute();
}
