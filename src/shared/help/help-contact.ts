import * as v from 'valibot';
import { phoneSchema } from '../auth';
import { idSchema } from '../validation';
import { canActFor, type Actor, type Member } from '../member';
import { reject, type Rejection } from '../rejection';
import type { ServiceKind } from './service-kind';
import { helpRolesOf, type HelpParty, type HelpRequest } from './help-request';
import { shanghaiDate } from '../time';

/**
 * The personal half of a request: who needs help, where exactly, how to reach them, and the
 * notes. Its id is the request's id. Only the resident's household, the community's staff and
 * the volunteer who has the request (while it is theirs) ever receive it.
 */
export const helpContactSchema = v.object({
  id: idSchema,
  communityId: idSchema,
  residentId: idSchema,
  householdId: v.nullable(idSchema),
  residentName: v.string(),
  /** Room or full address, e.g. 3栋2单元501. */
  address: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  /** Empty for a resident without a phone: the volunteer goes through staff. */
  phone: v.union([v.literal(''), phoneSchema]),
  note: v.pipe(v.string(), v.maxLength(200)),
  /** What the volunteer wrote while doing it (收据放在门口). */
  volunteerNote: v.pipe(v.string(), v.maxLength(200)),
  filedById: idSchema,
});
export type HelpContact = v.InferOutput<typeof helpContactSchema>;

/** The party of a request, read from its contact. */
export function partyOf(contact: Pick<HelpContact, 'residentId' | 'householdId'> | undefined | null): HelpParty | null {
  return contact ? { residentId: contact.residentId, householdId: contact.householdId } : null;
}

/**
 * Who sees the public request: staff serving the community, the resident's household, and
 * volunteers of the community while it is open or while it is theirs. A request another
 * volunteer took therefore leaves a volunteer's board at their next sync.
 */
export function canSeeHelpRequest(viewer: Actor, request: HelpRequest, party: HelpParty | null): boolean {
  const roles = helpRolesOf(viewer, request, party);
  if (roles.includes('staff') || roles.includes('requester') || roles.includes('assignee')) return true;
  return roles.includes('volunteer') && request.status === 'submitted';
}

/**
 * The volunteer granted the contact: the assignee while the task is accepted, started or done.
 * Confirmation or cancellation ends the grant, and the server then revokes it from their phone.
 */
export function contactGranteeOf(request: Pick<HelpRequest, 'status' | 'assigneeId'>): string | null {
  return ['accepted', 'started', 'done'].includes(request.status) ? request.assigneeId : null;
}

/**
 * Who sees the contact: staff serving the community, the household, and the current grantee while
 * they still belong to the community (a volunteer who moved away loses it at their next pull).
 */
export function canSeeHelpContact(viewer: Actor, contact: HelpContact, granteeId: string | null): boolean {
  if (granteeId !== null && viewer.id === granteeId && viewer.communityIds.includes(contact.communityId)) return true;
  return canActFor(viewer, { id: contact.residentId, householdId: contact.householdId, communityId: contact.communityId });
}

/** What filing a request needs to decide. */
export interface FileHelpContext {
  actor: Actor;
  resident: Pick<Member, 'id' | 'householdId' | 'communityId'>;
  kind: ServiceKind;
  date: string;
  fromTime: string;
  toTime: string;
  now: Date;
}

/**
 * Whether a request may be filed: by the resident, their household, or staff for anyone in
 * their community (also residents without a phone), for an active kind of the resident's
 * community, for a window that is not over and ends after it starts.
 */
export function checkFileHelpRequest(ctx: FileHelpContext): Rejection | null {
  if (!canActFor(ctx.actor, ctx.resident)) return reject('FORBIDDEN', ['residentId'], 'you may not ask for help for this person');
  if (ctx.kind.communityId !== ctx.resident.communityId || !ctx.kind.active) {
    return reject('NOT_ELIGIBLE', ['kindId'], 'this service is not offered in this community');
  }
  if (ctx.fromTime >= ctx.toTime) return reject('INVALID', ['toTime'], 'the window must end after it starts');
  if (ctx.date < shanghaiDate(ctx.now)) return reject('PAST_CUTOFF', ['date'], 'this day is over');
  return null;
}

/** The two rows of a new request, identical on phone and server. */
export function makeHelpRequest(
  args: { requestId: string; kindId: string; date: string; fromTime: string; toTime: string; building: string; address: string; phone: string; note: string },
  resident: { id: string; communityId: string; householdId: string | null; name: string },
  filedById: string,
  createdAt: string,
  visitScheduleId: string | null,
): { request: HelpRequest; contact: HelpContact } {
  return {
    request: {
      id: args.requestId, communityId: resident.communityId, kindId: args.kindId, date: args.date, fromTime: args.fromTime,
      toTime: args.toTime, building: args.building, status: 'submitted', assigneeId: null, assigneeName: null, minutes: null,
      hoursConfirmed: false, thanked: false, visitScheduleId, createdAt, acceptedAt: null, startedAt: null, doneAt: null, closedAt: null,
    },
    contact: {
      id: args.requestId, communityId: resident.communityId, residentId: resident.id, householdId: resident.householdId,
      residentName: resident.name, address: args.address, phone: args.phone, note: args.note, volunteerNote: '', filedById,
    },
  };
}
