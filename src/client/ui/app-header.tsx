import { t } from '../i18n/t';
import type { SyncStatusView } from '../state/sync-slice';
import { Button } from './button';

/** The part of the sync status the header reads. */
export type HeaderSyncStatus = Pick<SyncStatusView, 'online' | 'syncing' | 'pending' | 'downloaded' | 'received'>;

/**
 * The sync status in words: 离线, 同步中…, 待同步 n 项 or 已同步; before the first download has
 * finished it says so (正在下载社区信息…), since an empty screen then means "not here yet", not "none".
 */
export function syncLabel(status: HeaderSyncStatus): string {
  const firstDownload = status.downloaded === false;
  if (!status.online) {
    if (status.pending > 0) return t('sync.offlinePending', { count: status.pending });
    return t(firstDownload ? 'sync.notDownloadedOffline' : 'sync.offline');
  }
  if (firstDownload && status.syncing) {
    return status.received > 0 ? t('sync.downloadingCount', { count: status.received }) : t('sync.downloading');
  }
  if (firstDownload) return t('sync.notDownloaded');
  // null: the engine has not looked yet and is about to sync; claim nothing
  if (status.syncing || status.downloaded === null) return t('sync.syncing');
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
  status: HeaderSyncStatus | null;
  userName: string | null;
  onLogout: () => void;
}) {
  const tone = !status ? '' : !status.online ? 'offline' : status.pending > 0 || status.syncing || !status.downloaded ? 'pending' : 'synced';
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
