import { sql, type Kysely } from 'kysely';

// A waiting family's place on the list, stored on its own sign-up: it cannot see the others'.

/** Adds signups.waitlist_position and fills it for parties already waiting. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('signups').addColumn('waitlist_position', 'integer').execute();
  // same order as the shared waitingList: queued_at, then id
  await sql`update signups set waitlist_position = (
    select count(*) from signups w
    where w.event_id = signups.event_id and w.status = 'waiting'
      and (w.queued_at < signups.queued_at or (w.queued_at = signups.queued_at and w.id <= signups.id))
  ) where status = 'waiting'`.execute(db);
}

/** Drops the column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('signups').dropColumn('waitlist_position').execute();
}
