import type { Kysely } from 'kysely';

// Help on request (帮办代办), and the two generic sync-scope extensions it needs:
// an audience for community-wide rows and a grantee with revocation for private rows.

/** Adds the help tables, sync_rows.audience/grantee_id and sync_revocations. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sync_rows').addColumn('audience', 'text').execute();
  await db.schema.alterTable('sync_rows').addColumn('grantee_id', 'text').execute();
  await db.schema.createIndex('sync_rows_grantee').on('sync_rows').column('grantee_id').execute();
  await db.schema
    .createTable('sync_revocations')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('viewer_id', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('sync_revocations_pk', ['entity', 'entity_id', 'viewer_id'])
    .execute();
  await db.schema.createIndex('sync_revocations_viewer').on('sync_revocations').columns(['viewer_id', 'version']).execute();
  await db.schema
    .createTable('service_kinds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('icon', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('is_visit', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('help_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('kind_id', 'text', (c) => c.notNull().references('service_kinds.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('from_time', 'text', (c) => c.notNull())
    .addColumn('to_time', 'text', (c) => c.notNull())
    .addColumn('building', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.references('users.id'))
    .addColumn('assignee_name', 'text')
    .addColumn('minutes', 'integer')
    .addColumn('hours_confirmed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('thanked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('visit_schedule_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('started_at', 'text')
    .addColumn('done_at', 'text')
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('help_requests_community').on('help_requests').columns(['community_id', 'status']).execute();
  await db.schema
    .createTable('help_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey().references('help_requests.id'))
    .addColumn('community_id', 'text', (c) => c.notNull())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('household_id', 'text')
    .addColumn('resident_name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('volunteer_note', 'text', (c) => c.notNull())
    .addColumn('filed_by_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('visit_schedules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('resident_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind_id', 'text', (c) => c.notNull().references('service_kinds.id'))
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('from_time', 'text', (c) => c.notNull())
    .addColumn('to_time', 'text', (c) => c.notNull())
    .addColumn('building', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

/** Drops them, newest first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['visit_schedules', 'help_contacts', 'help_requests', 'service_kinds', 'sync_revocations']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex('sync_rows_grantee').execute();
  await db.schema.alterTable('sync_rows').dropColumn('grantee_id').execute();
  await db.schema.alterTable('sync_rows').dropColumn('audience').execute();
}
