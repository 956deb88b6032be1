import './event-messages';
import { isPastDeadline, placesLeft, type CommunityEvent } from '../../../shared/events/event';
import { t } from '../../i18n/t';
import { deadlineLabel, whenLabel } from './event-labels';

/** What 朗读 says on an event's page, in the card's own words: title, time, place, places left, deadline. */
export function eventSpeech(event: CommunityEvent, now: Date): string {
  const left = placesLeft(event);
  const words = event.status === 'cancelled'
    ? [event.title, t('events.cancelledNotice'), whenLabel(event), t('events.place', { place: event.place })]
    : [
      event.title, whenLabel(event), t('events.place', { place: event.place }),
      left > 0 ? t('events.placesLeft', { count: left }) : t('events.full'),
      isPastDeadline(event, now) ? t('events.closed') : deadlineLabel(event),
    ];
  return `${words.join('。')}。`;
}
