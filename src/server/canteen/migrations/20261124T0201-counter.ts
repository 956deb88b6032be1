import type { Kysely } from 'kysely';

// The canteen's own work: meals served at the counter, residents' diet notes, standing orders.

/** Adds meal_servings, diet_notes and standing_orders. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meal_servings')
    // one serving per booking: of two counters serving it, the primary key keeps the first
    .addColumn('booking_id', 'text', (c) => c.primaryKey().references('bookings.id'))
    .addColumn('grams', 'integer')
    .addColumn('charged_fen', 'integer', (c) => c.notNull())
    .addColumn('served_at', 'text', (c) => c.notNull())
    .addColumn('served_by_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('served_by_name', 'text', (c) => c.notNull())
    .addColumn('how', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('diet_notes')
    .addColumn('resident_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('conditions', 'text', (c) => c.notNull())
    .addColumn('allergies', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by_name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('standing_orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('canteen_id', 'text', (c) => c.notNull().references('canteens.id'))
    .addColumn('diner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('meal', 'text', (c) => c.notNull())
    .addColumn('weekdays', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('paused_from', 'text')
    .addColumn('resume_on', 'text')
    .addColumn('ended', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('standing_orders_live').on('standing_orders').column('ended').execute();
}

/** Drops them, newest first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['standing_orders', 'diet_notes', 'meal_servings']) await db.schema.dropTable(table).execute();
}
