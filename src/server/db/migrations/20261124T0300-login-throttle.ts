import { sql, type Kysely } from 'kysely';

// Login limits that hold under concurrency: one live code per phone (a unique index, so a new
// code replaces the old one in one statement), and a throttle row per phone that a single
// conditional upsert claims, so 30 requests at once send one code on PostgreSQL as on SQLite.

/** Adds login_throttles and makes login_codes hold at most one code per phone. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_throttles')
    .addColumn('phone', 'text', (c) => c.primaryKey())
    .addColumn('last_sent_at', 'text', (c) => c.notNull())
    .addColumn('window_started_at', 'text', (c) => c.notNull())
    .addColumn('sent_in_window', 'integer', (c) => c.notNull())
    .execute();
  // codes live five minutes: those of before the upgrade may simply die
  await sql`delete from login_codes`.execute(db);
  await db.schema.dropIndex('login_codes_phone').execute();
  await db.schema.createIndex('login_codes_one_per_phone').on('login_codes').column('phone').unique().execute();
  await db.schema.createIndex('sessions_expires_at').on('sessions').column('expires_at').execute();
}

/** Back to several codes per phone, counted from login_codes. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sessions_expires_at').execute();
  await db.schema.dropIndex('login_codes_one_per_phone').execute();
  await db.schema.createIndex('login_codes_phone').on('login_codes').columns(['phone', 'created_at']).execute();
  await db.schema.dropTable('login_throttles').execute();
}
