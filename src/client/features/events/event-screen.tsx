import './event-messages';
import { useState } from 'preact/hooks';
import { listHouseholdMembers } from '../../data/member-queries';
import { useLiveQuery } from '../../data/use-live-query';
import { t } from '../../i18n/t';
import type { ScreenProps } from '../../service';
import { Page } from '../../ui/page';
import { ReadAloudButton } from '../../ui/read-aloud-button';
import { useNow } from '../../ui/use-now';
import { EVENT_PATHS } from './event-paths';
import { getEvent, listMySignups } from './event-queries';
import { EventSignup } from './event-signup';
import { eventSpeech } from './event-speech';

/** One event on its own page (/events/:id), to link, share or reopen: its card and the sign-up. */
export function EventScreen({ db, session, params }: ScreenProps) {
  const now = useNow();
  const id = params?.id ?? '';
  const [open, setOpen] = useState(false);
  // undefined until this phone's copy has been read, so an event is never called missing while loading
  const event = useLiveQuery(() => getEvent(db, session.communityIds, id).then((e) => e ?? null), [db, session, id], undefined);
  const mine = useLiveQuery(() => listMySignups(db, session), [db, session], []);
  const household = useLiveQuery(() => listHouseholdMembers(db, session), [db, session], []);
  return (
    <Page title={t('events.title')}>
      <p><a href={EVENT_PATHS.events}>{t('events.back')}</a></p>
      {event && <ReadAloudButton text={eventSpeech(event, now)} describedBy={`event-${event.id}`} />}
      {event && (
        <EventSignup
          db={db} session={session} event={event} household={household} now={now}
          mine={mine.find((signup) => signup.eventId === event.id) ?? null}
          open={open} onOpen={() => setOpen(true)} onClose={() => setOpen(false)}
        />
      )}
      {event === null && <p class="empty">{t('events.notFound')}</p>}
    </Page>
  );
}
