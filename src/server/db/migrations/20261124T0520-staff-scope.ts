import type { Kysely } from 'kysely';

// Staff of a community may be limited to one service (a canteen manager, an event organiser):
// they act as staff, and see a community's private rows, only in that service.

/** Adds users.staff_of (null: every service). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('staff_of', 'text').execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('staff_of').execute();
}
