import './event-messages';
import { useState } from 'preact/hooks';
import type { SessionInfo } from '../../../shared/auth';
import { hasStarted } from '../../../shared/events/event';
import type { AppDb } from '../../data/db';
import { listHouseholdMembers } from '../../data/member-queries';
import { listMySignups, type MySignup } from './event-queries';
import { useLiveQuery } from '../../data/use-live-query';
import { errorMessage } from '../../i18n/error-message';
import { formatList } from '../../i18n/format';
import { t } from '../../i18n/t';
import { EVENT_PATHS } from './event-paths';
import { appStore } from '../../state/app-store';
import { Button } from '../../ui/button';
import { MoreActions } from '../../ui/more-actions';
import { Page } from '../../ui/page';
import { StatusBadge } from '../../ui/status-badge';
import { useConfirm } from '../../ui/confirm-dialog';
import { useNow } from '../../ui/use-now';
import { runEventAction } from './event-actions';
import { downloadText, eventIcs } from './event-ics';
import { clockTime, dayLabel, memberLabel, whenLabel } from './event-labels';
import { EventTabs } from './event-tabs';
import { PartyPicker } from './party-picker';
import { Ticket } from './ticket';

const STATUS_KEY = { confirmed: 'events.statusConfirmed', waiting: 'events.statusWaiting', offered: 'events.statusOffered', cancelled: 'events.cancelledNotice' } as const;

/** My household's sign-ups: status, ticket, calendar file, cancel, answer an offer, change the party. */
export function MyEventsScreen({ db, session }: { db: AppDb; session: SessionInfo }) {
  const now = useNow();
  const signups = useLiveQuery(() => listMySignups(db, session), [db, session], []);
  const household = useLiveQuery(() => listHouseholdMembers(db, session), [db, session], []);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { showToast } = appStore.getState();
  const confirm = useConfirm();
  const act = async (text: string | null, done?: string) => {
    if (text) showToast({ text, tone: 'error' });
    else if (done) showToast({ text: done, tone: 'info' });
  };
  const byId = new Map(household.map((m) => [m.id, m]));

  const card = (s: MySignup) => {
    const cancelled = s.event.status === 'cancelled';
    const started = hasStarted(s.event, now);
    return (
      <article key={s.id} class={`event-card${cancelled ? ' is-cancelled' : ''}`} aria-labelledby={`signup-${s.id}`}>
        <h2 id={`signup-${s.id}`}>{s.event.title}</h2>
        <p>{whenLabel(s.event)} · {s.event.place}</p>
        <p>{formatList(s.memberIds.map((id) => { const m = byId.get(id); return m ? memberLabel(m, s.event) : ''; }).filter(Boolean))}</p>
        {cancelled
          ? <p class="badge badge-cancelled" role="status">{t('events.cancelledNotice')}</p>
          : <p class="badge badge-confirmed">{t(STATUS_KEY[s.status])}</p>}
        {!cancelled && s.status === 'waiting' && s.waitlistPosition && <p>{t('events.waitlistPosition', { position: s.waitlistPosition })}</p>}
        {s.syncState === 'pending' && <StatusBadge state="pending" />}
        {s.checkedInAt && <p>{t('events.checkedIn')}</p>}
        {s.status === 'offered' && s.offerExpiresAt && !cancelled && (
          <div>
            <p>{t('events.offerUntil', { date: dayLabel(s.offerExpiresAt), time: clockTime(s.offerExpiresAt) })}</p>
            <Button onClick={async () => act(await runEventAction(db, session, 'answerSignupOffer', { signupId: s.id, accept: true }))}>{t('events.acceptOffer')}</Button>
            <Button kind="secondary" onClick={async () => act(await runEventAction(db, session, 'answerSignupOffer', { signupId: s.id, accept: false }))}>{t('events.declineOffer')}</Button>
          </div>
        )}
        {s.status === 'confirmed' && !cancelled && <Ticket signup={s} />}
        {!cancelled && (
          <MoreActions>
            <Button kind="secondary" onClick={async () => {
              try {
                downloadText(await eventIcs(s.event), `${s.event.title}.ics`, 'text/calendar;charset=utf-8');
              } catch (e) {
                showToast({ text: errorMessage(e), tone: 'error' });
              }
            }}>{t('events.addToCalendar')}</Button>
            {!started && <Button kind="secondary" onClick={() => { setError(null); setEditing(s.id); }}>{t('events.changeParty')}</Button>}
            {!started && (
              <Button kind="danger" onClick={async () => {
                const asked = await confirm.ask({
                  title: t('events.cancelSignupTitle'), message: t('events.cancelSignupMessage', { title: s.event.title }),
                  confirmLabel: t('events.cancelSignup'), keepLabel: t('events.cancelSignupKeep'),
                });
                if (asked) act(await runEventAction(db, session, 'cancelSignup', { signupId: s.id }));
              }}>
                {t('events.cancelSignup')}
              </Button>
            )}
          </MoreActions>
        )}
        {editing === s.id && (
          <PartyPicker
            event={s.event} members={household} initial={s.memberIds} error={error} submitLabel={t('events.saveParty')}
            willWait={() => false}
            onClose={() => setEditing(null)}
            onAddChild={async (name, birthDate) => setError(await runEventAction(db, session, 'addHouseholdMember', { memberId: crypto.randomUUID(), name, birthDate }))}
            onConfirm={async (memberIds) => {
              const failed = await runEventAction(db, session, 'changeSignupParty', { signupId: s.id, memberIds });
              setError(failed);
              if (!failed) setEditing(null);
            }}
          />
        )}
      </article>
    );
  };

  return (
    <Page title={t('events.tabMine')}>
      <EventTabs route={EVENT_PATHS.myEvents} role={session.user.role} />
      {signups.length === 0 ? <p class="empty">{t('events.mineEmpty')}</p> : signups.map(card)}
      {confirm.dialog}
    </Page>
  );
}
