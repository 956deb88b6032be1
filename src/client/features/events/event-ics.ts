import type { CommunityEvent } from '../../../shared/events/event';
import './event-messages';
import { t } from '../../i18n/t';

/**
 * Builds the .ics text of an event with the maintained `ics` package, loaded only when asked.
 * Times are UTC instants, so every calendar shows them in its own zone correctly.
 */
export async function eventIcs(event: CommunityEvent): Promise<string> {
  const { createEvent } = await import('ics');
  const { error, value } = createEvent({
    // no ORGANIZER: calendars want an e-mail address there, which organisers here do not have, and
    // an empty one shows as a broken line; the organiser's name goes into the description instead
    uid: `${event.id}@linlitong`, title: event.title, location: event.place,
    description: event.organiserName ? `${event.description}\n${t('events.organiser', { name: event.organiserName })}` : event.description,
    start: Date.parse(event.startsAt), startInputType: 'utc', startOutputType: 'utc',
    end: Date.parse(event.endsAt), endInputType: 'utc', endOutputType: 'utc',
    productId: 'linlitong/events',
  });
  if (error || !value) throw error ?? new Error('no calendar text');
  return value;
}

/** Offers a text file for download under a name. */
export function downloadText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
