import '../pwa/register-pwa-messages';
import { t } from '../i18n/t';
import { Button } from './button';

/**
 * Says a new version is ready, in the page's flow under the header (never over a form); the
 * version changes only when the resident taps it.
 */
export function UpdateBanner({ updating, onUpdate }: { updating: boolean; onUpdate: () => void }) {
  return (
    <div class="banner banner-info update-banner" role="status">
      <Button class="update-banner-button" disabled={updating} onClick={onUpdate}>
        {t(updating ? 'pwa.updating' : 'pwa.updateReady')}
      </Button>
      <p class="update-banner-note">{t('pwa.updateKeepsWork')}</p>
    </div>
  );
}
