import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';
import { isDatabaseUnavailable } from './database-unavailable';

/** Longest wait between two tries while the database is still away at start. */
const MAX_WAIT_MS = 10_000;

/**
 * Resolves once the database answers, trying again with a growing pause while it is unavailable
 * (an instance started during a database restart, or before the database in a fresh deployment),
 * so the instance comes up by itself instead of exiting. Any other error (a wrong password, a
 * missing database) throws at once: waiting would not fix it.
 */
export async function waitForDatabase(db: Kysely<Database>, log: (message: string) => void): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await sql`select 1`.execute(db);
      return;
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      const wait = Math.min(MAX_WAIT_MS, 250 * 2 ** attempt);
      log(`waiting for the database (${err instanceof Error ? err.message : String(err)}); trying again in ${wait} ms`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
