import { sql, type Kysely } from 'kysely';

// Migrations see the database as it was when they were written, hence Kysely<unknown>.
// Same SQL on SQLite and PostgreSQL: text ids, 0/1 integers, ISO text times, JSON as text.

/** Creates the people and places: street offices, communities, households, users. */
async function createPeople(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('street_offices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('communities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('street_office_id', 'text', (c) => c.notNull().references('street_offices.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('households')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('household_id', 'text', (c) => c.references('households.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text')
    .addColumn('age_verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('groups', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

/** Creates canteens, dishes, meal slots and bookings. */
async function createCanteens(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('canteens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('seats', 'integer', (c) => c.notNull())
    .addColumn('pricing', 'text', (c) => c.notNull())
    .addColumn('elder_age', 'integer', (c) => c.notNull())
    .addColumn('min_age', 'integer')
    .addColumn('delivery_age', 'integer', (c) => c.notNull())
    .addColumn('cutoffs', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('dishes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('canteen_id', 'text', (c) => c.notNull().references('canteens.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('meal_slots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('canteen_id', 'text', (c) => c.notNull().references('canteens.id'))
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('meal', 'text', (c) => c.notNull())
    .addColumn('dish_ids', 'text', (c) => c.notNull())
    .addColumn('seats', 'integer', (c) => c.notNull())
    .addColumn('seats_taken', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cutoff_at', 'text', (c) => c.notNull())
    .addColumn('modes', 'text', (c) => c.notNull())
    .addColumn('prices', 'text', (c) => c.notNull())
    .addUniqueConstraint('meal_slots_canteen_date_meal', ['canteen_id', 'date', 'meal'])
    // the last line of defence against overbooking, should a bug ever bypass the rule
    .addCheckConstraint('meal_slots_seats_taken_range', sql`seats_taken >= 0 and seats_taken <= seats`)
    .execute();
  await db.schema
    .createTable('bookings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slot_id', 'text', (c) => c.notNull().references('meal_slots.id'))
    .addColumn('canteen_id', 'text', (c) => c.notNull().references('canteens.id'))
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('diner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('booked_by_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('household_id', 'text')
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('price_tier', 'text', (c) => c.notNull())
    .addColumn('price_fen', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('cancelled_at', 'text')
    .execute();
  // one confirmed booking per diner and slot, whatever a handler does
  await sql`create unique index bookings_one_confirmed_per_diner on bookings (slot_id, diner_id) where status = 'confirmed'`.execute(db);
  await db.schema.createIndex('bookings_slot').on('bookings').column('slot_id').execute();
}

/** Creates the sync log, the mutation journal and the login tables. */
async function createSyncAndAuth(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sync_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into sync_state (id, version) values (1, 0)`.execute(db);
  await db.schema
    .createTable('sync_rows')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('community_id', 'text', (c) => c.notNull())
    .addColumn('household_id', 'text')
    .addColumn('owner_id', 'text')
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('sync_rows_pk', ['entity', 'entity_id'])
    .execute();
  await db.schema.createIndex('sync_rows_version').on('sync_rows').column('version').execute();
  await db.schema
    .createTable('mutations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('login_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('used', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('login_codes_phone').on('login_codes').columns(['phone', 'created_at']).execute();
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

/** Creates every table of the first release. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createPeople(db);
  await createCanteens(db);
  await createSyncAndAuth(db);
}

/** Drops them, newest first so foreign keys never dangle. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'sessions', 'login_codes', 'mutations', 'sync_rows', 'sync_state', 'bookings', 'meal_slots',
    'dishes', 'canteens', 'users', 'households', 'communities', 'street_offices',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
