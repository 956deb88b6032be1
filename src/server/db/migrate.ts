import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Database } from './schema';
import * as initial from './migrations/20261123T0900-initial';
import * as loginThrottle from './migrations/20261124T0300-login-throttle';
import * as sessionIds from './migrations/20261124T0310-session-ids';
import * as sessionEnds from './migrations/20261124T0500-session-ends';
import * as staffScope from './migrations/20261124T0520-staff-scope';
import { SERVICES } from '../services';

// Listed, not scanned from a folder: tsx, bundlers and tests all see the same set. The core's
// and every service's, run in the order of their timestamped names.
const migrations: Record<string, Migration> = Object.assign(
  { '20261123T0900-initial': initial, '20261124T0300-login-throttle': loginThrottle,
    '20261124T0310-session-ids': sessionIds, '20261124T0500-session-ends': sessionEnds,
    '20261124T0520-staff-scope': staffScope },
  ...Object.values(SERVICES).map((service) => service.migrations ?? {}),
);

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
