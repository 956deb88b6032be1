import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

// Sessions a person (or staff) can see and end one by one: each gets a public id, never its
// token's hash, and the device it was opened on.

/** Adds sessions.id and sessions.device, and an index to find a person's sessions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('id', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('device', 'text').execute();
  // sessions from before get an id unrelated to their token
  const rows = await sql<{ token_hash: string }>`select token_hash from sessions`.execute(db);
  for (const row of rows.rows) await sql`update sessions set id = ${randomUUID()} where token_hash = ${row.token_hash}`.execute(db);
  await db.schema.createIndex('sessions_id').on('sessions').column('id').unique().execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sessions_user').execute();
  await db.schema.dropIndex('sessions_id').execute();
  await db.schema.alterTable('sessions').dropColumn('device').execute();
  await db.schema.alterTable('sessions').dropColumn('id').execute();
}
