import { checkCancelEvent, checkCreateEvent, checkUpdateEvent, makeEvent, weeklyOccurrences } from '../../shared/events/event';
import { RejectionError, refuse } from '../../shared/rejection';
import { findMember } from '../member/member.repository';
import type { MutationHandler } from '../sync/mutation-context';
import { findEvents, insertEvent, updateEventRow } from './event.repository';
import { recordEvent, settleEvent } from './event-changes';
import { eventOrRefuse } from './signup.service';

/**
 * Staff create one event, or a weekly series: one definition, one event row per date (each with
 * its own places and waiting list), all sharing the series id.
 */
export const createEvent: MutationHandler<'createEvent'> = async ({ trx, recordChange, actor, now }, args) => {
  const refusal = checkCreateEvent(actor, args.communityId, args.fields);
  if (refusal) throw new RejectionError(refusal);
  if ((await findEvents(trx, args.eventIds)).length > 0) refuse('INVALID', ['eventIds'], 'an event id is already used');
  const organiser = await findMember(trx, actor.id);
  const dates = weeklyOccurrences(args.fields, args.eventIds.length);
  for (const [i, id] of args.eventIds.entries()) {
    const event = makeEvent(
      { id: actor.id, name: organiser?.name ?? '' },
      { id, communityId: args.communityId, seriesId: args.seriesId },
      { ...args.fields, ...dates[i] },
      now.toISOString(),
    );
    await insertEvent(trx, event);
    await recordEvent(trx, recordChange, event);
  }
};

/** Staff edit an event; more places move the waiting list on in the same transaction. */
export const updateEvent: MutationHandler<'updateEvent'> = async ({ trx, recordChange, actor, now }, args) => {
  const stored = await eventOrRefuse(trx, args.eventId, 'eventId');
  const { event } = await settleEvent(trx, recordChange, stored, now);
  const refusal = checkUpdateEvent(actor, event, args.fields);
  if (refusal) throw new RejectionError(refusal);
  const edited = { ...event, ...args.fields };
  await updateEventRow(trx, edited);
  await recordEvent(trx, recordChange, edited);
  await settleEvent(trx, recordChange, edited, now);
};

/**
 * Staff cancel an event. The event row syncs to the whole community with status cancelled, and
 * every family's sign-up then shows 活动已取消 (the sign-ups stay as they were, for the record).
 */
export const cancelEvent: MutationHandler<'cancelEvent'> = async ({ trx, recordChange, actor }, args) => {
  const event = await eventOrRefuse(trx, args.eventId, 'eventId');
  const refusal = checkCancelEvent(actor, event);
  if (refusal) throw new RejectionError(refusal);
  const cancelled = { ...event, status: 'cancelled' as const };
  await updateEventRow(trx, cancelled);
  await recordEvent(trx, recordChange, cancelled);
};
