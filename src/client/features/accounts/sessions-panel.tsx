import './accounts-messages';
import { useEffect, useState } from 'preact/hooks';
import type { SessionSummary } from '../../../shared/auth';
import { errorMessage } from '../../i18n/error-message';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { useConfirm } from '../../ui/confirm-dialog';
import { deviceName } from './device-name';

/** How the sessions panel reaches the server; the screen passes the real calls, tests fakes. */
export interface SessionsApi {
  list: () => Promise<SessionSummary[]>;
  endOne: (sessionId: string) => Promise<number>;
  endOthers: () => Promise<number>;
}

/** A date and time in Shanghai, as a person reads it. */
function when(instant: string): string {
  return new Date(instant).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/**
 * 我的登录设备: the phones and browsers logged in as this person, this one marked. Any other can be
 * logged out (a phone lost, or left with a neighbour), one by one or all at once, after asking.
 * Needs the network: offline it says so instead of showing a list that may be stale.
 */
export function SessionsPanel({ api }: { api: SessionsApi }) {
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const confirm = useConfirm();

  const load = async () => {
    try {
      setSessions(await api.list());
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  useEffect(() => void load(), []);

  const end = async (title: string, run: () => Promise<number>) => {
    const asked = await confirm.ask({ title, message: t('sessions.endMessage'), confirmLabel: t('sessions.endConfirm'), keepLabel: t('sessions.endKeep') });
    if (!asked) return;
    try {
      const ended = await run();
      setDone(t('sessions.ended', { count: ended }));
      await load();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const others = (sessions ?? []).filter((s) => !s.current);
  return (
    <section class="account-section" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('sessions.title')}</h2>
      <p class="hint">{t('sessions.hint')}</p>
      {problem && <p role="alert" class="form-error">{problem}</p>}
      {done && <p role="status" class="notice">{done}</p>}
      {sessions === null && !problem && <p role="status">{t('sessions.loading')}</p>}
      {sessions && (
        <ul class="session-list">
          {sessions.map((s) => (
            <li key={s.id} aria-label={deviceName(s.device)}>
              <strong>{deviceName(s.device)}</strong>
              {s.current && <span class="tag">{t('sessions.thisOne')}</span>}
              <span class="session-when">{t('sessions.since', { when: when(s.createdAt) })}</span>
              {!s.current && (
                <Button kind="secondary" onClick={() => void end(t('sessions.endOneQuestion', { device: deviceName(s.device) }), () => api.endOne(s.id))}>
                  {t('sessions.endOne')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {others.length > 1 && (
        <Button kind="danger" onClick={() => void end(t('sessions.endOthersQuestion', { count: others.length }), api.endOthers)}>
          {t('sessions.endOthers')}
        </Button>
      )}
      {confirm.dialog}
    </section>
  );
}
