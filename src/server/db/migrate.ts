import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Database } from './schema';
import * as initial from './migrations/20261123T0900-initial';
import * as events from '../events/migrations/20261123T1000-events';
import * as help from '../help/migrations/20261123T1100-help';
import * as eventPositions from '../events/migrations/20261123T1200-event-positions';

// Listed, not scanned from a folder: tsx, bundlers and tests all see the same set.
const migrations: Record<string, Migration> = {
  '20261123T0900-initial': initial,
  '20261123T1000-events': events,
  '20261123T1100-help': help,
  '20261123T1200-event-positions': eventPositions,
};

/** Options of migrateToLatest. */
export interface MigrateOptions {
  /** PostgreSQL schema holding Kysely's migration tables (the one on the search_path). */
  schema?: string;
}

/** Brings the database to the newest schema; throws if a migration fails. */
export async function migrateToLatest(db: Kysely<Database>, opts: MigrateOptions = {}): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(opts.schema ? { migrationTableSchema: opts.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error !== undefined || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed`, { cause: error });
  }
}
