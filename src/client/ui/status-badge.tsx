import { t } from '../i18n/t';

/** Whether the server has confirmed a row or a change to it still waits in the outbox. */
export type SyncState = 'pending' | 'confirmed';

/** A row's sync state as words and colour: confirmed by the community, or 待同步 (queued on this phone). */
export function StatusBadge({ state }: { state: SyncState }) {
  return <span class={`badge badge-${state}`}>{t(state === 'pending' ? 'status.pending' : 'status.confirmed')}</span>;
}
