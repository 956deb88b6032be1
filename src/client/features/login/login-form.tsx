import './login-messages';
import { useState } from 'preact/hooks';
import { loginCodeSchema, phoneSchema } from '../../../shared/auth';
import { parseWith } from '../../../shared/validation';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';

/** Props of LoginForm: callbacks resolve to null on success or to a message in words. */
export interface LoginFormProps {
  /** `notice` replaces the usual "code sent" words, e.g. when a code sent moments ago is still valid. */
  onRequestCode: (phone: string) => Promise<{ error: string | null; demoCode?: string | undefined; notice?: string }>;
  onLogin: (phone: string, code: string) => Promise<string | null>;
}

/** Phone, 获取验证码, code, 登录; each field is checked with the shared schema before sending. */
export function LoginForm({ onRequestCode, onLogin }: LoginFormProps) {
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<'code' | 'login' | null>(null);

  const checkPhone = () => {
    const ok = parseWith(phoneSchema, phone.trim()).ok;
    setPhoneError(ok ? null : t('login.phoneInvalid'));
    return ok;
  };

  const sendCode = async () => {
    setFormError(null);
    if (!checkPhone()) return;
    setBusy('code');
    const reply = await onRequestCode(phone.trim());
    setBusy(null);
    setFormError(reply.error);
    if (reply.notice) setNotice(reply.notice);
    else if (!reply.error) {
      setNotice(reply.demoCode ? `${t('login.codeSent')} ${t('login.demoCode', { code: reply.demoCode })}` : t('login.codeSent'));
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setFormError(null);
    const phoneOk = checkPhone();
    const codeOk = parseWith(loginCodeSchema, code.trim()).ok;
    setCodeError(codeOk ? null : t('login.codeInvalid'));
    if (!phoneOk || !codeOk) return;
    setBusy('login');
    const error = await onLogin(phone.trim(), code.trim());
    setBusy(null);
    setFormError(error);
  };

  return (
    <form class="login-form" onSubmit={submit} noValidate>
      <div class="field">
        <label for="login-phone">{t('login.phone')}</label>
        <input
          id="login-phone"
          type="tel"
          inputMode="numeric"
          autoComplete="tel"
          maxLength={11}
          value={phone}
          aria-invalid={phoneError !== null}
          aria-describedby={phoneError ? 'login-phone-error' : undefined}
          onInput={(e) => setPhone(e.currentTarget.value)}
        />
        {phoneError && (
          <p id="login-phone-error" class="field-error" role="alert">
            {phoneError}
          </p>
        )}
      </div>
      <Button kind="secondary" onClick={sendCode} disabled={busy !== null}>
        {busy === 'code' ? t('login.sending') : t('login.sendCode')}
      </Button>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {/* the server answers alike for numbers it does not know, so the screen says what to do if no text comes */}
      {notice && <p class="hint">{t('login.notRegistered')}</p>}
      <div class="field">
        <label for="login-code">{t('login.code')}</label>
        <input
          id="login-code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          aria-invalid={codeError !== null}
          aria-describedby={codeError ? 'login-code-error' : undefined}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        {codeError && (
          <p id="login-code-error" class="field-error" role="alert">
            {codeError}
          </p>
        )}
      </div>
      {formError && (
        <p class="form-error" role="alert">
          {formError}
        </p>
      )}
      <Button type="submit" disabled={busy !== null}>
        {busy === 'login' ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  );
}
