import { sql, type Kysely } from 'kysely';

// Events: the calendar, households' sign-ups with the waiting list and check-ins, the wish list.

/** Creates events, signups, event_wishes and event_wish_votes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('series_id', 'text')
    .addColumn('organiser_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('organiser_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('signup_deadline', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('places_taken', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('waiting_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('min_age', 'integer')
    .addColumn('max_age', 'integer')
    .addColumn('adults_accompany', 'integer', (c) => c.notNull())
    .addColumn('promotion', 'text', (c) => c.notNull())
    .addColumn('offer_hours', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // the last line of defence against overbooking, should a bug ever bypass the rule
    .addCheckConstraint('events_places_taken_range', sql`places_taken >= 0 and places_taken <= capacity`)
    .execute();
  await db.schema.createIndex('events_community_start').on('events').columns(['community_id', 'starts_at']).execute();
  await db.schema
    .createTable('signups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('household_id', 'text')
    .addColumn('booked_by_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('member_ids', 'text', (c) => c.notNull())
    .addColumn('adults', 'integer', (c) => c.notNull())
    .addColumn('children', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('ticket_code', 'text', (c) => c.notNull())
    .addColumn('queued_at', 'text', (c) => c.notNull())
    .addColumn('offer_expires_at', 'text')
    .addColumn('checked_in_at', 'text')
    .addColumn('checked_in_by_id', 'text')
    .addColumn('checked_in_by_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // one active sign-up per household and event, whatever a handler does
  await sql`create unique index signups_one_per_household on signups (event_id, household_id) where status <> 'cancelled' and household_id is not null`.execute(db);
  await db.schema.createIndex('signups_event_ticket').on('signups').columns(['event_id', 'ticket_code']).unique().execute();
  await db.schema.createIndex('signups_offer_expiry').on('signups').columns(['status', 'offer_expires_at']).execute();
  await db.schema
    .createTable('event_wishes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('proposed_by_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('event_wish_votes')
    .addColumn('wish_id', 'text', (c) => c.notNull().references('event_wishes.id'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_wish_votes_pk', ['wish_id', 'member_id'])
    .execute();
}

/** Drops them, newest first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['event_wish_votes', 'event_wishes', 'signups', 'events']) await db.schema.dropTable(table).execute();
}
