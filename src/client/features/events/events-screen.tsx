import './event-messages';
import { useState } from 'preact/hooks';
import type { SessionInfo } from '../../../shared/auth';
import { EVENT_KINDS, type EventKind } from '../../../shared/events/event';
import { addDays, ageOn, shanghaiDate, shanghaiInstant, weekStart } from '../../../shared/time';
import type { AppDb } from '../../data/db';
import { listHouseholdMembers } from '../../data/member-queries';
import { listEvents, listMySignups } from './event-queries';
import { useLiveQuery } from '../../data/use-live-query';
import { formatDayRange } from '../../i18n/format';
import { t } from '../../i18n/t';
import { EVENT_PATHS } from './event-paths';
import { useAppStore } from '../../state/use-store';
import { NotDownloaded } from '../../ui/not-downloaded';
import { Page } from '../../ui/page';
import { useNow } from '../../ui/use-now';
import { EventTabs } from './event-tabs';
import { EventSignup } from './event-signup';

/** First and last-plus-one dates of the week or month `offset` periods from today's. */
function period(today: string, view: 'week' | 'month', offset: number): [string, string] {
  if (view === 'week') {
    const from = addDays(weekStart(today), 7 * offset);
    return [from, addDays(from, 7)];
  }
  const [y, m] = today.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1 + offset, 1));
  const next = new Date(Date.UTC(y, m + offset, 1));
  return [first.toISOString().slice(0, 10), next.toISOString().slice(0, 10)];
}

/** The community calendar: by week or month, filtered by kind and a child's age; sign up from a card. */
export function EventsScreen({ db, session }: { db: AppDb; session: SessionInfo }) {
  const now = useNow();
  const sync = useAppStore((s) => s.sync);
  const today = shanghaiDate(now);
  const [view, setView] = useState<'week' | 'month'>('week');
  const [offset, setOffset] = useState(0);
  const [kind, setKind] = useState<EventKind | ''>('');
  const [age, setAge] = useState<number | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [from, to] = period(today, view, offset);
  const fromIso = shanghaiInstant(from, '00:00').toISOString();
  const toIso = shanghaiInstant(to, '00:00').toISOString();
  const events = useLiveQuery(() => listEvents(db, session.communityIds, fromIso, toIso), [db, session, fromIso, toIso], []);
  const mine = useLiveQuery(() => listMySignups(db, session), [db, session], []);
  const household = useLiveQuery(() => listHouseholdMembers(db, session), [db, session], []);
  const children = household.filter((m) => m.birthDate !== null && ageOn(m.birthDate, today) < 18);
  const shown = events.filter((e) => (kind === '' || e.kind === kind)
    && (age === null || ((e.minAge === null || age >= e.minAge) && (e.maxAge === null || age <= e.maxAge))));

  return (
    <Page title={t('events.title')}>
      <EventTabs route={EVENT_PATHS.events} role={session.user.role} />
      <div class="menu-controls">
        <div role="group" aria-label={t('events.title')}>
          <button type="button" aria-pressed={view === 'week'} onClick={() => { setView('week'); setOffset(0); }}>{t('events.byWeek')}</button>
          <button type="button" aria-pressed={view === 'month'} onClick={() => { setView('month'); setOffset(0); }}>{t('events.byMonth')}</button>
          <button type="button" onClick={() => setOffset(offset - 1)}>{t('events.prev')}</button>
          <button type="button" onClick={() => setOffset(offset + 1)}>{t('events.next')}</button>
        </div>
        <label>{t('events.kindFilter')}
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as EventKind | '')}>
            <option value="">{t('events.allKinds')}</option>
            {EVENT_KINDS.map((k) => <option key={k} value={k}>{t(`eventKind.${k}`)}</option>)}
          </select>
        </label>
        <label>{t('events.ageFilter')}
          <select value={age === null ? '' : String(age)} onChange={(e) => setAge(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}>
            <option value="">{t('events.anyAge')}</option>
            {children.map((c) => {
              const a = ageOn(c.birthDate ?? today, today);
              return <option key={c.id} value={String(a)}>{t('events.ageOption', { name: c.name, age: a })}</option>;
            })}
          </select>
        </label>
      </div>
      <p>{formatDayRange(from, addDays(to, -1))}</p>
      {shown.length === 0 && (sync.downloaded
        ? <p class="empty">{t('events.empty')}</p>
        : <NotDownloaded what={t('events.missing')} online={sync.online} />)}
      {shown.map((event) => (
        <EventSignup
          key={event.id}
          db={db}
          session={session}
          event={event}
          mine={mine.find((signup) => signup.eventId === event.id) ?? null}
          household={household}
          now={now}
          open={openId === event.id}
          onOpen={() => setOpenId(event.id)}
          onClose={() => setOpenId(null)}
        />
      ))}
    </Page>
  );
}
