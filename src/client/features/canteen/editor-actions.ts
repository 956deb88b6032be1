import type { SessionInfo } from '../../../shared/auth';
import { RejectionError } from '../../../shared/rejection';
import type { MutationArgs, MutationName } from '../../../shared/sync/mutations';
import type { AppDb } from '../../data/db';
import { errorMessage } from '../../i18n/error-message';
import { t, type MessageKey } from '../../i18n/t';
import { mutate } from '../../sync/mutate';
import './editor-messages';

/** Fields an INVALID refusal may name, with the editor's words for each. */
const INVALID_FIELDS: Record<string, MessageKey> = {
  cutoffAt: 'editor.invalid.cutoffAt',
  name: 'editor.invalid.name',
  dishIds: 'editor.invalid.dishIds',
  modes: 'editor.invalid.modes',
  tiers: 'editor.invalid.tiers',
};

/** Plain words for a refused editor change: which field and what it needs, where the rule named one. */
export function editorError(error: unknown): string {
  if (error instanceof RejectionError && error.rejection.code === 'INVALID') {
    const field = error.rejection.fields[0]?.split('.')[0] ?? '';
    const key = INVALID_FIELDS[field];
    if (key) return t(key);
  }
  return errorMessage(error);
}

/**
 * Makes a menu change on this phone at once and queues it for the server (works offline).
 * Returns null, or the reason in plain words when the shared rule already refuses here; a
 * refusal from the server arrives later on the rejections banner, in the same words.
 */
export async function runMenuChange<N extends MutationName>(db: AppDb, session: SessionInfo, name: N, args: MutationArgs<N>): Promise<string | null> {
  try {
    await mutate(db, session, name, args);
    return null;
  } catch (error) {
    return editorError(error);
  }
}
