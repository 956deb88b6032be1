import './login-messages';
import { t } from '../../i18n/t';

/** The first-start offer: shown once, until the person says yes or no. */
export function ElderModeOffer({ onAccept, onDecline }: { onAccept: () => void; onDecline: () => void }) {
  return (
    <section class="elder-offer" aria-labelledby="elder-offer-title">
      <h2 id="elder-offer-title">{t('display.offerTitle')}</h2>
      <p>{t('display.offerText')}</p>
      <div class="panel-actions">
        <button type="button" class="btn btn-primary" onClick={onAccept}>{t('display.offerAccept')}</button>
        <button type="button" class="btn btn-secondary" onClick={onDecline}>{t('display.offerDecline')}</button>
      </div>
    </section>
  );
}
