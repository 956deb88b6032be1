import './event-messages';
import { useState } from 'preact/hooks';
import type { SessionInfo } from '../../../shared/auth';
import { parseTicket, partySize, type Signup } from '../../../shared/events/signup';
import { shanghaiDate } from '../../../shared/time';
import type { AppDb } from '../../data/db';
import { listAllEvents, listCheckInConflicts, listEventSignups, membersById } from './event-queries';
import { useLiveQuery } from '../../data/use-live-query';
import { formatList } from '../../i18n/format';
import { t } from '../../i18n/t';
import { EVENT_PATHS } from './event-paths';
import { appStore } from '../../state/app-store';
import { Button } from '../../ui/button';
import { MoreActions } from '../../ui/more-actions';
import { useConfirm } from '../../ui/confirm-dialog';
import { Page } from '../../ui/page';
import { runEventAction } from './event-actions';
import { EventForm } from './event-form';
import { downloadText } from './event-ics';
import { clockTime, dayLabel, whenLabel } from './event-labels';
import { EventTabs } from './event-tabs';
import { rosterCsv } from './roster-csv';
import { TicketScanner } from './ticket-scanner';

const ROSTER_COLUMNS = ['events.colFamily', 'events.colPeople', 'events.colCount', 'events.colStatus', 'events.colCode', 'events.colCheckedIn'] as const;
const STATUS_KEY = { confirmed: 'events.statusConfirmed', waiting: 'events.statusWaiting', offered: 'events.statusOffered', cancelled: 'events.cancelledNotice' } as const;

/**
 * The organiser's desk: publish events and series, pick an event, see roster and waiting list with
 * attendance, edit it, export CSV, cancel, and check tickets in at the door (also offline: the roster is on
 * this phone and check-ins queue).
 */
export function StaffEventsScreen({ db, session }: { db: AppDb; session: SessionInfo }) {
  const events = useLiveQuery(() => listAllEvents(db, session.communityIds), [db, session], []);
  const [eventId, setEventId] = useState<string>('');
  const event = events.find((e) => e.id === eventId) ?? null;
  const signups = useLiveQuery(() => (eventId ? listEventSignups(db, eventId) : []), [db, eventId], [] as Signup[]);
  const people = useLiveQuery(() => membersById(db, [...new Set(signups.flatMap((s) => [s.bookedById, ...s.memberIds]))]), [db, signups], new Map());
  const conflicts = useLiveQuery(() => listCheckInConflicts(db), [db], []);
  const [code, setCode] = useState('');
  const [scanning, setScanning] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [editError, setEditError] = useState<string | null>(null);
  const { showToast } = appStore.getState();
  const confirm = useConfirm();
  const name = (id: string) => people.get(id)?.name ?? '';

  const checkIn = async (text: string) => {
    const ticket = parseTicket(text);
    const found = ticket && signups.find((s) => (ticket.signupId === null || s.id === ticket.signupId) && s.ticketCode === ticket.code);
    if (!found) { showToast({ text: t('events.ticketNotFound'), tone: 'error' }); return; }
    const failed = await runEventAction(db, session, 'checkInSignup', { signupId: found.id, scannedAt: new Date().toISOString() });
    showToast(failed ? { text: failed, tone: 'error' } : { text: t('events.checkInDone', { name: name(found.bookedById), count: partySize(found) }), tone: 'info' });
    setCode('');
  };

  const confirmed = signups.filter((s) => s.status === 'confirmed');
  const waiting = signups.filter((s) => s.status !== 'confirmed').sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  // under 600 px each row becomes a card (styles.css); explicit roles keep it a table for screen readers
  const table = (rows: Signup[], label: string) => rows.length === 0 ? (
    <section aria-label={label}><h3>{label}</h3><p class="empty">{t('events.rosterEmpty')}</p></section>
  ) : (
    <table class="roster" role="table" aria-label={label}>
      <caption>{label}</caption>
      <thead><tr role="row">
        {ROSTER_COLUMNS.map((key) => <th key={key} role="columnheader">{t(key)}</th>)}
      </tr></thead>
      <tbody>{rows.map((s) => {
        const cells = [
          name(s.bookedById), formatList(s.memberIds.map(name)), String(partySize(s)), t(STATUS_KEY[s.status]), s.ticketCode,
          s.checkedInAt ? `${clockTime(s.checkedInAt)} ${s.checkedInByName ?? ''}` : '',
        ];
        return (
          <tr key={s.id} role="row">
            {cells.map((text, i) => <td key={ROSTER_COLUMNS[i]} role="cell" data-label={t(ROSTER_COLUMNS[i]!)}>{text}</td>)}
          </tr>
        );
      })}</tbody>
    </table>
  );

  return (
    <Page title={t('events.staffTitle')}>
      <EventTabs route={EVENT_PATHS.eventStaff} role={session.user.role} />
      <label>{t('events.pickEvent')}
        <select value={eventId} onChange={(e) => { setEventId(e.currentTarget.value); setEditError(null); }}>
          <option value="">—</option>
          {events.map((e) => <option key={e.id} value={e.id}>{`${whenLabel(e)} ${e.title}`}</option>)}
        </select>
      </label>
      {conflicts.length > 0 && (
        <section aria-label={t('events.conflicts')} role="alert">
          <h2>{t('events.conflicts')}</h2>
          {conflicts.map((c) => {
            const s = signups.find((x) => x.id === c.signupId);
            return <p key={c.id}>{t('events.conflict', { code: s?.ticketCode ?? '', name: c.byName, time: c.at ? `${dayLabel(c.at)} ${clockTime(c.at)}` : '' })}</p>;
          })}
        </section>
      )}
      {event && (
        <section>
          <h2>{event.title}</h2>
          {event.status === 'cancelled' && <p class="badge badge-cancelled">{t('events.cancelledNotice')}</p>}
          <p>{t('events.attendance', {
            checked: confirmed.filter((s) => s.checkedInAt).reduce((n, s) => n + partySize(s), 0),
            confirmed: confirmed.reduce((n, s) => n + partySize(s), 0), parties: confirmed.length,
          })}</p>
          <form onSubmit={(e) => { e.preventDefault(); void checkIn(code); }}>
            {/* at the door: large, ready to type into, and in capitals as printed on the ticket */}
            <label>{t('events.checkInCode')}<input class="code-input" value={code} autoFocus autocomplete="off" autocapitalize="characters"
              spellcheck={false} onInput={(e) => setCode(e.currentTarget.value.toUpperCase())} /></label>
            <Button type="submit">{t('events.checkIn')}</Button>
            <Button kind="secondary" onClick={() => setScanning(!scanning)}>{scanning ? t('events.scanStop') : t('events.scan')}</Button>
          </form>
          {scanning && (
            <TicketScanner
              onText={(text) => { setScanning(false); void checkIn(text); }}
              onError={() => { setScanning(false); showToast({ text: t('events.cameraUnavailable'), tone: 'error' }); }}
            />
          )}
          {table(confirmed, t('events.roster'))}
          {table(waiting, t('events.waitingList'))}
          {event.status !== 'cancelled' && (
            <details>
              <summary>{t('events.edit')}</summary>
              <EventForm key={event.id} today={shanghaiDate(new Date())} initial={event} error={editError} onSubmit={async (fields) => {
                const failed = await runEventAction(db, session, 'updateEvent', { eventId: event.id, fields });
                setEditError(failed);
                if (!failed) showToast({ text: t('events.edited'), tone: 'info' });
              }} />
            </details>
          )}
          <MoreActions>
            <Button kind="secondary" onClick={() => downloadText(rosterCsv([...confirmed, ...waiting], people), t('events.csvFileName', { title: event.title }), 'text/csv;charset=utf-8')}>
              {t('events.exportCsv')}
            </Button>
            {event.status !== 'cancelled' && (
              <Button kind="danger" onClick={async () => {
                const asked = await confirm.ask({
                  title: t('events.cancelEventTitle'),
                  message: t('events.cancelEventMessage', { title: event.title, count: confirmed.length + waiting.length }),
                  confirmLabel: t('events.cancelEvent'), keepLabel: t('events.cancelEventKeep'),
                });
                if (!asked) return;
                const failed = await runEventAction(db, session, 'cancelEvent', { eventId: event.id });
                showToast({ text: failed ?? t('events.eventCancelled'), tone: failed ? 'error' : 'info' });
              }}>{t('events.cancelEvent')}</Button>
            )}
          </MoreActions>
        </section>
      )}
      <details>
        <summary>{t('events.create')}</summary>
        <EventForm today={shanghaiDate(new Date())} error={formError} onSubmit={async (fields, weeks) => {
          const eventIds = Array.from({ length: weeks }, () => crypto.randomUUID());
          const failed = await runEventAction(db, session, 'createEvent', {
            eventIds, seriesId: weeks > 1 ? crypto.randomUUID() : null, communityId: session.user.communityId, fields,
          });
          setFormError(failed);
          if (!failed) showToast({ text: t('events.created'), tone: 'info' });
        }} />
      </details>
      {confirm.dialog}
    </Page>
  );
}
