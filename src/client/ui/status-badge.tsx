import { t } from '../i18n/t';

/** Whether the server has confirmed a row or a change to it still waits in the outbox. */
export type SyncState = 'pending' | 'confirmed';

/** A change's state as words and colour: 已预订 (the server confirmed it) or saved on this phone and not yet with the community. */
export function StatusBadge({ state }: { state: SyncState }) {
  return <span class={`badge badge-${state}`}>{t(state === 'pending' ? 'status.pending' : 'status.confirmed')}</span>;
}
