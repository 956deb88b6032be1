import './login-messages';
import type { SessionInfo } from '../../../shared/auth';
import type { AppDb } from '../../data/db';
import { login, requestCode } from '../../session/session';
import { errorMessage } from '../../i18n/error-message';
import { t } from '../../i18n/t';
import { appStore } from '../../state/app-store';
import { useAppStore } from '../../state/use-store';
import { ElderModeOffer } from './elder-mode-offer';
import { LanguageChoice } from '../../ui/language-choice';
import { Page } from '../../ui/page';
import { LoginForm } from './login-form';
import { SessionEndNotice } from './session-end-notice';
import { isSessionEndReason } from '../../../shared/session-end';
import { useLiveQuery } from '../../data/use-live-query';
import { getMeta } from '../../data/meta';
import { countPending } from '../../data/sync-queries';

/** What the login screen needs: where to keep the session, and whom to tell. */
export interface LoginScreenProps {
  db: AppDb;
  onLoggedIn: (session: SessionInfo) => void;
}

/** The login screen: asks the server for a code, logs in and hands the session to the app. */
export function LoginScreen({ db, onLoggedIn }: LoginScreenProps) {
  const onRequestCode = async (phone: string) => {
    try {
      const reply = await requestCode(phone);
      return { error: null, demoCode: reply.demoCode };
    } catch (error) {
      // a code sent moments ago is still valid: not a failure, the person can type it in
      const alreadySent = (error as { code?: unknown } | null)?.code === 'CODE_ALREADY_SENT';
      return alreadySent ? { error: null, notice: errorMessage(error) } : { error: errorMessage(error) };
    }
  };
  const onLogin = async (phone: string, code: string) => {
    try {
      onLoggedIn(await login(db, phone, code));
      return null;
    } catch (error) {
      return errorMessage(error);
    }
  };
  const offerAnswered = useAppStore((s) => s.display.elderOfferAnswered);
  const language = useAppStore((s) => s.language);
  // why the server ended the last session here, if it did; forgotten at the next login
  const ended = useLiveQuery(async () => ({ end: await getMeta(db, 'sessionEnd'), pending: await countPending(db) }), [db], null);
  const { setElderMode, declineElderOffer, setLanguage } = appStore.getState();
  return (
    <Page title={t('login.title')}>
      {/* a first-time user chooses the language before reading anything else */}
      <LanguageChoice language={language} onChange={(l) => void setLanguage(l)} />
      {/* the first start: before anything else, offer the larger text an elder may need to read the rest */}
      {!offerAnswered && <ElderModeOffer onAccept={() => setElderMode(true)} onDecline={declineElderOffer} />}
      {ended?.end && isSessionEndReason(ended.end.reason) && <SessionEndNotice reason={ended.end.reason} pending={ended.pending} />}
      <p class="intro">{t('login.intro')}</p>
      <LoginForm onRequestCode={onRequestCode} onLogin={onLogin} />
    </Page>
  );
}
