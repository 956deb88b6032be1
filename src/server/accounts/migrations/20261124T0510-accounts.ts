import type { Kysely } from 'kysely';

// Accounts: service cards (and which sessions each opened), and requests to link households.

/** Adds service_cards, household_links and sessions.card_id. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('service_cards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('issued_by_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('service_cards_member').on('service_cards').column('member_id').execute();
  await db.schema.alterTable('sessions').addColumn('card_id', 'text').execute();
  await db.schema.createIndex('sessions_card').on('sessions').column('card_id').execute();
  await db.schema
    .createTable('household_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('requester_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('parent_id', 'text', (c) => c.references('users.id'))
    .addColumn('phone_hint', 'text', (c) => c.notNull())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('answered_by_id', 'text')
    .execute();
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('household_links').execute();
  await db.schema.dropIndex('sessions_card').execute();
  await db.schema.alterTable('sessions').dropColumn('card_id').execute();
  await db.schema.dropTable('service_cards').execute();
}
