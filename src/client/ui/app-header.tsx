import { t } from '../i18n/t';
import type { SyncStatusView } from '../state/sync-slice';
import { Button } from './button';

/** The sync status in words: 离线, 同步中…, 待同步 n 项 or 已同步. */
export function syncLabel(status: Pick<SyncStatusView, 'online' | 'syncing' | 'pending'>): string {
  if (!status.online) {
    return status.pending > 0 ? t('sync.offlinePending', { count: status.pending }) : t('sync.offline');
  }
  if (status.syncing) return t('sync.syncing');
  if (status.pending > 0) return t('sync.pending', { count: status.pending });
  return t('sync.synced');
}

/** The top bar: app name, sync status, who is logged in and a way out. */
export function AppHeader({
  status,
  userName,
  onLogout,
}: {
  /** Null before login, when there is nothing to sync. */
  status: Pick<SyncStatusView, 'online' | 'syncing' | 'pending'> | null;
  userName: string | null;
  onLogout: () => void;
}) {
  const tone = !status ? '' : !status.online ? 'offline' : status.pending > 0 || status.syncing ? 'pending' : 'synced';
  return (
    <header class="app-header">
      <p class="app-name">{t('app.name')}</p>
      {status && (
        <p class={`sync-status sync-${tone}`} role="status" aria-label={t('sync.label')}>
          {syncLabel(status)}
        </p>
      )}
      {userName !== null && (
        <div class="user">
          <span class="user-name">{userName}</span>
          <Button kind="secondary" onClick={onLogout}>
            {t('header.logout')}
          </Button>
        </div>
      )}
    </header>
  );
}
