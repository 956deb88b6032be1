import type { SessionInfo } from '../../../shared/auth';
import type { MutationArgs, MutationName } from '../../../shared/sync/mutations';
import type { AppDb } from '../../data/db';
import { errorMessage } from '../../i18n/error-message';
import { mutate } from '../../sync/mutate';

/**
 * Runs an event mutation on this phone at once (queued for the server, works offline). Returns
 * null on success or, when the shared rule already refuses, the reason in plain words.
 */
export async function runEventAction<N extends MutationName>(
  db: AppDb, session: SessionInfo, name: N, args: MutationArgs<N>,
): Promise<string | null> {
  try {
    await mutate(db, session, name, args);
    return null;
  } catch (error) {
    return errorMessage(error);
  }
}
