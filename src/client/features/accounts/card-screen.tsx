import './accounts-messages';
import './accounts.css';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { CardFailure } from '../../../shared/accounts/service-card';
import { errorMessage } from '../../i18n/error-message';
import { t } from '../../i18n/t';
import type { PublicScreenProps } from '../../service';
import { ApiError } from '../../sync/api-client';
import { Button } from '../../ui/button';
import { Page } from '../../ui/page';
import { logInWithCard } from './accounts-api';

const CARD_FAILURES: readonly CardFailure[] = ['used', 'expired', 'revoked', 'unknown'];

/** Plain words for why a card did not log in. */
function failureWords(error: unknown): string {
  if (error instanceof ApiError && error.code === 'CARD_INVALID') {
    const reason = CARD_FAILURES.find((r) => r === error.reason) ?? 'unknown';
    return t(`card.failed.${reason}`);
  }
  return errorMessage(error);
}

/**
 * Where a service card's QR code leads: logs this phone in as the card's holder, at once when no
 * one is logged in here, after asking when someone else is (their unsent work would be lost). The
 * token is read from the address's `#…` and the address is replaced, so it stays in no history.
 */
export function CardScreen({ db, session, onLoggedIn }: PublicScreenProps) {
  const { route } = useLocation();
  const [token] = useState(() => location.hash.slice(1));
  const [state, setState] = useState<'ask' | 'working' | { error: string }>(session ? 'ask' : 'working');

  const logIn = async () => {
    setState('working');
    try {
      const fresh = await logInWithCard(db, token);
      onLoggedIn(fresh);
      route('/', true);
    } catch (error) {
      setState({ error: failureWords(error) });
    }
  };

  useEffect(() => {
    if (!session) void logIn();
  }, []);

  return (
    <Page title={t('card.title')}>
      {state === 'ask' && session && (
        <div class="card-ask">
          <p>{t('card.someoneElse', { name: session.user.name })}</p>
          <Button onClick={() => void logIn()}>{t('card.useIt')}</Button>
          <Button kind="secondary" onClick={() => route('/', true)}>{t('card.keep')}</Button>
        </div>
      )}
      {state === 'working' && <p role="status">{t('card.working')}</p>}
      {typeof state === 'object' && (
        <div class="card-failed">
          <p role="alert" class="form-error">{state.error}</p>
          <Button onClick={() => void logIn()}>{t('card.retry')}</Button>
          {!session && <a class="btn btn-secondary" href="/login">{t('card.phoneLogin')}</a>}
        </div>
      )}
    </Page>
  );
}
