import { t } from '../i18n/t';

/**
 * Stands where a screen's choices will be once the first download has brought them: says what is
 * missing and what it takes (wait, or get signal once), so an empty list never reads as "there is none".
 */
export function NotDownloaded({ what, online }: { what: string; online: boolean }) {
  return (
    <p class="empty not-downloaded">
      {t('download.missing', { what })}
      {t(online ? 'download.waiting' : 'download.needsNetwork')}
    </p>
  );
}
