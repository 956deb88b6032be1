import type { Kysely } from 'kysely';

// 送餐上门: where each eligible resident's meals are carried, and why they may have them delivered.

/** Adds delivery_profiles. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('delivery_profiles')
    .addColumn('resident_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('building', 'text', (c) => c.notNull())
    .addColumn('floor', 'integer', (c) => c.notNull())
    .addColumn('room', 'text', (c) => c.notNull())
    .addColumn('disability', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lives_alone', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

/** Drops it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('delivery_profiles').execute();
}
