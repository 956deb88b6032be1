import type { AppDb, RejectionEntry } from '../../data/db';
import { listRejections } from '../../data/sync-queries';
import type { RejectionView } from './rejection-list';

/** Says in words what a refused mutation concerned, or null when it is not its service's or not on this phone. */
export type RejectionDescriber = (db: AppDb, entry: RejectionEntry) => Promise<string | null>;

const describers: RejectionDescriber[] = [];

/** Adds a service's describer; the registry calls it at start-up. */
export function installRejectionDescriber(describe: RejectionDescriber): void {
  describers.push(describe);
}

/** The first description a service gives, if any. */
async function contextOf(db: AppDb, entry: RejectionEntry): Promise<string | null> {
  for (const describe of describers) {
    const context = await describe(db, entry);
    if (context !== null) return context;
  }
  return null;
}

/** Undismissed refusals with what each concerned, for the banner. Local only; works offline. */
export async function listRejectionViews(db: AppDb): Promise<RejectionView[]> {
  const entries = await listRejections(db);
  return Promise.all(
    entries.map(async (entry) => ({ id: entry.id, code: entry.code, action: entry.name, context: await contextOf(db, entry) })),
  );
}
