import type { Kysely } from 'kysely';

// A session the server ends (from another device, by staff, a revoked login) is kept, marked, until
// it would have expired: its phone's next call can then be told why, not just "log in again".

/** Adds sessions.ended_at and sessions.end_reason. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('ended_at', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('end_reason', 'text').execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('end_reason').execute();
  await db.schema.alterTable('sessions').dropColumn('ended_at').execute();
}
