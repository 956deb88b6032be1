/**
 * Optimistic mutators of help on request. Each runs the shared status machine on the local
 * rows; the server runs it again under its write lock and its answer stands. A volunteer who
 * accepted offline and lost the race gets ALREADY_TAKEN after sync, and the request leaves
 * their board with the server's tombstone.
 */
import { applyHelpAction, checkDispatchTarget, checkHelpAction, type HelpAction } from '../../../shared/help/help-request';
import { checkFileHelpRequest, makeHelpRequest, partyOf } from '../../../shared/help/help-contact';
import { checkSaveServiceKind } from '../../../shared/help/service-kind';
import { checkSaveVisitSchedule } from '../../../shared/help/visit-schedule';
import { RejectionError, refuse } from '../../../shared/rejection';
import type { MutationArgs, MutationName } from '../../../shared/sync/mutations';
import type { RecordingStore } from '../../sync/recording-store';
import type { ClientMutator, MutatorContext } from '../../sync/client-mutator';

/** Offline: the request and its contact appear at once, marked 待同步 until the server has them. */
export const fileHelpRequest: ClientMutator<'fileHelpRequest'> = async (store, args, { actor, now, createdAt }) => {
  const resident = (await store.get('member', args.residentId)) ?? refuse('NOT_FOUND', ['residentId'], 'no such person');
  const kind = (await store.get('serviceKind', args.kindId)) ?? refuse('NOT_FOUND', ['kindId'], 'no such service');
  const refusal = checkFileHelpRequest({ actor, resident, kind, date: args.date, fromTime: args.fromTime, toTime: args.toTime, now });
  if (refusal) throw new RejectionError(refusal);
  const { request, contact } = makeHelpRequest(args, resident, actor.id, createdAt, null);
  store.put('helpRequest', request);
  store.put('helpContact', contact);
};

/** Runs one status-machine action on the local request (and the note on the local contact). */
async function act(
  store: RecordingStore, requestId: string, action: HelpAction, ctx: MutatorContext,
  extra: { assignee?: { id: string; name: string }; minutes?: number; note?: string } = {},
): Promise<void> {
  const request = (await store.get('helpRequest', requestId)) ?? refuse('NOT_FOUND', ['requestId'], 'no such request');
  // a volunteer has no contact before accepting; the rule needs it only for the household's actions
  const contact = await store.get('helpContact', requestId);
  const refusal = checkHelpAction(ctx.actor, action, request, partyOf(contact));
  if (refusal) throw new RejectionError(refusal);
  store.put('helpRequest', applyHelpAction(request, action, { now: ctx.createdAt, ...extra }));
  if (contact && extra.note !== undefined) store.put('helpContact', { ...contact, volunteerNote: extra.note });
}

/** Offline: the request moves to 我的任务 at once; the contact arrives with the next pull. */
export const acceptHelpRequest: ClientMutator<'acceptHelpRequest'> = async (store, args, ctx) => {
  const me = await store.get('member', ctx.actor.id);
  await act(store, args.requestId, 'accept', ctx, { assignee: { id: ctx.actor.id, name: me?.name ?? '' } });
};

/** Staff: assigns to a volunteer from the local member list. */
export const dispatchHelpRequest: ClientMutator<'dispatchHelpRequest'> = async (store, args, ctx) => {
  const volunteer = await store.get('member', args.volunteerId);
  const request = (await store.get('helpRequest', args.requestId)) ?? refuse('NOT_FOUND', ['requestId'], 'no such request');
  const refusal = checkDispatchTarget(volunteer, request);
  if (refusal) throw new RejectionError(refusal);
  await act(store, args.requestId, 'dispatch', ctx, { assignee: { id: args.volunteerId, name: volunteer?.name ?? '' } });
};

/** Builds a mutator that runs one plain action. */
function simple<N extends MutationName>(action: HelpAction, extra: (args: MutationArgs<N>) => { minutes?: number; note?: string } = () => ({})): ClientMutator<N> {
  return (store, args, ctx) => act(store, (args as { requestId: string }).requestId, action, ctx, extra(args));
}

export const startHelpRequest = simple<'startHelpRequest'>('start');
export const noteHelpRequest = simple<'noteHelpRequest'>('note', (a) => ({ note: a.note }));
export const finishHelpRequest = simple<'finishHelpRequest'>('finish', (a) => ({ minutes: a.minutes }));
export const confirmHelpRequest = simple<'confirmHelpRequest'>('confirm');
export const cancelHelpRequest = simple<'cancelHelpRequest'>('cancel');
export const confirmHelpHours = simple<'confirmHelpHours'>('confirmHours');

/** Staff: edits the community's service list locally; others see it after sync. */
export const saveServiceKind: ClientMutator<'saveServiceKind'> = async (store, args, { actor }) => {
  const refusal = checkSaveServiceKind(actor, args.communityId);
  if (refusal) throw new RejectionError(refusal);
  const { kindId, ...rest } = args;
  store.put('serviceKind', { id: kindId, ...rest });
};

/** Staff: keeps a visit schedule; the server's job creates the visits. */
export const saveVisitSchedule: ClientMutator<'saveVisitSchedule'> = async (store, args, { actor }) => {
  const resident = (await store.get('member', args.residentId)) ?? refuse('NOT_FOUND', ['residentId'], 'no such person');
  const refusal = checkSaveVisitSchedule(actor, resident.communityId);
  if (refusal) throw new RejectionError(refusal);
  const { scheduleId, ...rest } = args;
  store.put('visitSchedule', {
    id: scheduleId, ...rest, communityId: resident.communityId, householdId: resident.householdId, residentName: resident.name,
  });
};
