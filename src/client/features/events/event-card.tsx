import './event-messages';
import type { CommunityEvent } from '../../../shared/events/event';
import { isPastDeadline, placesLeft } from '../../../shared/events/event';
import type { SignupStatus } from '../../../shared/events/signup';
import { t } from '../../i18n/t';
import { Button } from '../../ui/button';
import { ageRangeLabel, deadlineLabel, whenLabel } from './event-labels';
import { eventPath } from './event-paths';

/** Props of EventCard: plain values and a callback. */
export interface EventCardProps {
  event: CommunityEvent;
  /** The household's sign-up status for this event, if any. */
  myStatus: SignupStatus | null;
  /** The household's place on the waiting list (1 = next), when it waits. */
  myWaitlistPosition?: number | null;
  now: Date;
  onSignUp: () => void;
}

const STATUS_KEY = { confirmed: 'events.statusConfirmed', waiting: 'events.statusWaiting', offered: 'events.statusOffered' } as const;

/** One event in the calendar: what, when, where, who organises, places left, ages, deadline, my status. */
export function EventCard({ event, myStatus, myWaitlistPosition = null, now, onSignUp }: EventCardProps) {
  const left = placesLeft(event);
  const cancelled = event.status === 'cancelled';
  const closed = isPastDeadline(event, now);
  const headingId = `event-${event.id}`;
  return (
    <article class={`event-card${cancelled ? ' is-cancelled' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span class="badge">{t(`eventKind.${event.kind}`)}</span> <a href={eventPath(event.id)}>{event.title}</a>
      </h2>
      <p>{whenLabel(event)}</p>
      <p>{t('events.place', { place: event.place })}</p>
      <p>{t('events.organiser', { name: event.organiserName })}</p>
      <p>
        {ageRangeLabel(event)}
        {event.adultsAccompany && ` · ${t('events.adultsAccompany')}`}
      </p>
      {cancelled ? (
        <p class="badge badge-cancelled" role="status">{t('events.cancelledNotice')}</p>
      ) : (
        <>
          <p class="facts">
            <span>{left > 0 ? t('events.placesLeft', { count: left }) : t('events.full')}</span>
            {event.waitingCount > 0 && <span>{t('events.waiting', { count: event.waitingCount })}</span>}
            <span>{closed ? t('events.closed') : deadlineLabel(event)}</span>
          </p>
          <p class="hint">{t('events.capacityNote')}</p>
        </>
      )}
      {myStatus !== null && myStatus !== 'cancelled' && <p class="badge badge-confirmed">{t(STATUS_KEY[myStatus])}</p>}
      {myStatus === 'waiting' && !cancelled && myWaitlistPosition !== null && <p>{t('events.waitlistPosition', { position: myWaitlistPosition })}</p>}
      {myStatus === null && !cancelled && !closed && (
        <Button onClick={onSignUp}>{left > 0 && event.waitingCount === 0 ? t('events.signUp') : t('events.joinWaiting')}</Button>
      )}
    </article>
  );
}
