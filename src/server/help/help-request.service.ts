import { applyHelpAction, checkDispatchTarget, checkHelpAction, type HelpAction } from '../../shared/help/help-request';
import { checkFileHelpRequest, makeHelpRequest, partyOf } from '../../shared/help/help-contact';
import { RejectionError, refuse } from '../../shared/rejection';
import { findMember } from '../member/member.repository';
import type { MutationContext, MutationHandler } from '../sync/mutation-context';
import { findHelpContacts, findHelpRequests, findServiceKinds, insertHelpRequest, setVolunteerNote, updateHelpRequest } from './help.repository';
import { recordHelp } from './help-recorder';

/**
 * Files a request: the shared checkFileHelpRequest decides (self, household, or staff for any
 * resident of their community, including one without a phone); the request starts open.
 */
export const fileHelpRequest: MutationHandler<'fileHelpRequest'> = async ({ trx, recordChange, actor, now }, args) => {
  const resident = await findMember(trx, args.residentId);
  if (!resident) refuse('NOT_FOUND', ['residentId'], 'no such person');
  const [kind] = await findServiceKinds(trx, [args.kindId]);
  if (!kind) refuse('NOT_FOUND', ['kindId'], 'no such service');
  const refusal = checkFileHelpRequest({ actor, resident, kind, date: args.date, fromTime: args.fromTime, toTime: args.toTime, now });
  if (refusal) throw new RejectionError(refusal);
  const [clash] = await findHelpRequests(trx, [args.requestId]);
  if (clash) refuse('INVALID', ['requestId'], 'this request id is already used');
  const { request, contact } = makeHelpRequest(args, resident, actor.id, now.toISOString(), null);
  await insertHelpRequest(trx, request, contact);
  await recordHelp(trx, recordChange, request, contact);
};

/**
 * Loads a request and its contact inside the locked transaction, re-runs the shared status
 * machine (its answer stands) and writes the result. Because the lock serialises writers, of
 * twenty volunteers accepting at once exactly one finds the request open.
 */
async function act(
  { trx, recordChange, actor, now }: MutationContext,
  requestId: string,
  action: HelpAction,
  extra: { assignee?: { id: string; name: string }; minutes?: number; note?: string } = {},
): Promise<void> {
  const [request] = await findHelpRequests(trx, [requestId]);
  const [contact] = await findHelpContacts(trx, [requestId]);
  if (!request || !contact) refuse('NOT_FOUND', ['requestId'], 'no such request');
  const refusal = checkHelpAction(actor, action, request, partyOf(contact));
  if (refusal) throw new RejectionError(refusal);
  const next = applyHelpAction(request, action, { now: now.toISOString(), ...extra });
  await updateHelpRequest(trx, next);
  let nextContact = contact;
  if (extra.note !== undefined) {
    await setVolunteerNote(trx, contact.id, extra.note);
    nextContact = { ...contact, volunteerNote: extra.note };
  }
  await recordHelp(trx, recordChange, next, nextContact);
}

/** The name a volunteer is shown under; from the members table, never from the client. */
async function nameOf(ctx: MutationContext, id: string): Promise<string> {
  return (await findMember(ctx.trx, id))?.name ?? '';
}

/** Volunteer takes an open request; a second accept gets ALREADY_TAKEN. */
export const acceptHelpRequest: MutationHandler<'acceptHelpRequest'> = async (ctx, args) => {
  await act(ctx, args.requestId, 'accept', { assignee: { id: ctx.actor.id, name: await nameOf(ctx, ctx.actor.id) } });
};

/** Staff dispatch (派单) or reassign to a volunteer of the community; the former one loses the contact. */
export const dispatchHelpRequest: MutationHandler<'dispatchHelpRequest'> = async (ctx, args) => {
  const volunteer = await findMember(ctx.trx, args.volunteerId);
  const [request] = await findHelpRequests(ctx.trx, [args.requestId]);
  if (request) {
    const refusal = checkDispatchTarget(volunteer, request);
    if (refusal) throw new RejectionError(refusal);
  }
  await act(ctx, args.requestId, 'dispatch', { assignee: { id: args.volunteerId, name: volunteer?.name ?? '' } });
};

/** Assignee marks it started. */
export const startHelpRequest: MutationHandler<'startHelpRequest'> = (ctx, args) => act(ctx, args.requestId, 'start');

/** Assignee or staff write the task note. */
export const noteHelpRequest: MutationHandler<'noteHelpRequest'> = (ctx, args) => act(ctx, args.requestId, 'note', { note: args.note });

/** Assignee marks it done with the minutes spent. */
export const finishHelpRequest: MutationHandler<'finishHelpRequest'> = (ctx, args) =>
  act(ctx, args.requestId, 'finish', { minutes: args.minutes });

/** The household (or staff) confirm it was done and thank the volunteer; the contact grant ends. */
export const confirmHelpRequest: MutationHandler<'confirmHelpRequest'> = (ctx, args) => act(ctx, args.requestId, 'confirm');

/** The household or staff cancel before it has started; the contact grant ends. */
export const cancelHelpRequest: MutationHandler<'cancelHelpRequest'> = (ctx, args) => act(ctx, args.requestId, 'cancel');

/** Staff confirm the hours of a done task. */
export const confirmHelpHours: MutationHandler<'confirmHelpHours'> = (ctx, args) => act(ctx, args.requestId, 'confirmHours');
