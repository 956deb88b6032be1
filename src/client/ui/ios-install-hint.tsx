import '../pwa/register-pwa-messages';
import { t } from '../i18n/t';

/** Safari's share icon (a box with an arrow out of it), drawn small inside the sentence. */
function ShareIcon() {
  return (
    <svg class="share-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d="M12 3v12M7.5 7.5 12 3l4.5 4.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
      <path d="M8 10H6v11h12V10h-2" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" />
    </svg>
  );
}

/** How to put the app on the home screen in iOS Safari, which has no install button of its own. */
export function IosInstallHint() {
  return (
    <p class="ios-install-hint">
      {t('pwa.iosBefore')}
      <ShareIcon />
      {t('pwa.iosAfter')}
    </p>
  );
}
