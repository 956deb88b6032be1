import * as v from 'valibot';
import { dateSchema, idSchema, instantSchema } from '../validation';
import { isStaffRole } from '../role';
import type { Actor } from '../member';
import { reject, type Rejection } from '../rejection';
import { clockTimeSchema } from './clock-time';

/** 已提交 → 已接单 → 进行中 → 已完成 → 已确认, or 已取消. */
export const HELP_STATUSES = ['submitted', 'accepted', 'started', 'done', 'confirmed', 'cancelled'] as const;
export type HelpStatus = (typeof HELP_STATUSES)[number];

/**
 * The public half of a request for help: what, when and which building, and who took it. It
 * holds no resident name, room, phone or id, so it may go to every volunteer of the community;
 * the personal half is the HelpContact, sent only to those who may see it.
 */
export const helpRequestSchema = v.object({
  id: idSchema,
  communityId: idSchema,
  kindId: idSchema,
  /** Preferred time window, Asia/Shanghai. */
  date: dateSchema,
  fromTime: clockTimeSchema,
  toTime: clockTimeSchema,
  /** Building only (e.g. 3栋), enough to plan a route; the room is in the contact. */
  building: v.pipe(v.string(), v.minLength(1), v.maxLength(20)),
  status: v.picklist(HELP_STATUSES),
  assigneeId: v.nullable(idSchema),
  assigneeName: v.nullable(v.string()),
  /** Minutes the volunteer spent, given when done. */
  minutes: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** Staff confirmed the service hours. */
  hoursConfirmed: v.boolean(),
  thanked: v.boolean(),
  /** Set on requests made by a recurring visit schedule (敲门行动). */
  visitScheduleId: v.nullable(idSchema),
  createdAt: instantSchema,
  acceptedAt: v.nullable(instantSchema),
  startedAt: v.nullable(instantSchema),
  doneAt: v.nullable(instantSchema),
  closedAt: v.nullable(instantSchema),
});
export type HelpRequest = v.InferOutput<typeof helpRequestSchema>;

/** Who asked: the resident and their household (from the private contact). */
export interface HelpParty {
  residentId: string;
  householdId: string | null;
}

/** What one may do to a request. */
export const HELP_ACTIONS = ['accept', 'dispatch', 'start', 'note', 'finish', 'confirm', 'cancel', 'confirmHours'] as const;
export type HelpAction = (typeof HELP_ACTIONS)[number];

/** Who is acting, relative to one request. */
export type HelpRole = 'requester' | 'volunteer' | 'assignee' | 'staff';

/**
 * The status machine: for each action, the statuses it starts from, the one it leads to, and
 * who may take it. requester = the resident or their household; volunteer = any volunteer of
 * the community; assignee = the volunteer who has it; staff = staff or admin serving it.
 */
export const HELP_TRANSITIONS: Record<HelpAction, { from: readonly HelpStatus[]; to: HelpStatus | null; who: readonly HelpRole[] }> = {
  accept: { from: ['submitted'], to: 'accepted', who: ['volunteer'] },
  dispatch: { from: ['submitted', 'accepted'], to: 'accepted', who: ['staff'] },
  start: { from: ['accepted'], to: 'started', who: ['assignee'] },
  note: { from: ['accepted', 'started'], to: null, who: ['assignee', 'staff'] },
  finish: { from: ['started'], to: 'done', who: ['assignee'] },
  confirm: { from: ['done'], to: 'confirmed', who: ['requester', 'staff'] },
  cancel: { from: ['submitted', 'accepted'], to: 'cancelled', who: ['requester', 'staff'] },
  confirmHours: { from: ['done', 'confirmed'], to: null, who: ['staff'] },
};

/** The roles an actor holds towards a request (several at once, e.g. staff who also asked). */
export function helpRolesOf(actor: Actor, request: Pick<HelpRequest, 'communityId' | 'assigneeId'>, party: HelpParty | null): HelpRole[] {
  const roles: HelpRole[] = [];
  const inCommunity = actor.communityIds.includes(request.communityId);
  if (party && (actor.id === party.residentId || (actor.householdId !== null && actor.householdId === party.householdId))) {
    roles.push('requester');
  }
  if (actor.role === 'volunteer' && inCommunity) roles.push('volunteer');
  // a volunteer who moved to another community no longer acts on (or sees) its tasks
  if (request.assigneeId !== null && actor.id === request.assigneeId && inCommunity) roles.push('assignee');
  if (isStaffRole(actor.role) && inCommunity) roles.push('staff');
  return roles;
}

/**
 * Decides whether an actor may take an action on a request now. Runs on the phone for the
 * optimistic write and again on the server under the write lock, whose answer stands: of two
 * volunteers who accept the same request, the second gets ALREADY_TAKEN.
 */
export function checkHelpAction(actor: Actor, action: HelpAction, request: HelpRequest, party: HelpParty | null): Rejection | null {
  const rule = HELP_TRANSITIONS[action];
  const roles = helpRolesOf(actor, request, party);
  if (!rule.who.some((r) => roles.includes(r))) {
    return reject('FORBIDDEN', ['requestId'], `you may not ${action} this request`);
  }
  // a 敲门行动 visit is the community's check on someone living alone, not a request of theirs:
  // only staff may call one off
  if (action === 'cancel' && request.visitScheduleId !== null && !roles.includes('staff')) {
    return reject('FORBIDDEN', ['requestId'], 'only staff may call off a scheduled visit');
  }
  if (!rule.from.includes(request.status)) {
    if (action === 'accept' && request.assigneeId !== null) return reject('ALREADY_TAKEN', ['requestId'], 'someone else took this request');
    return reject('WRONG_STATUS', ['requestId'], `cannot ${action} a request that is ${request.status}`);
  }
  return null;
}

/** Extra values some actions carry. */
export interface HelpActionInput {
  now: string;
  assignee?: { id: string; name: string };
  minutes?: number;
}

/** The request after an allowed action, identical on phone and server. */
export function applyHelpAction(request: HelpRequest, action: HelpAction, input: HelpActionInput): HelpRequest {
  const to = HELP_TRANSITIONS[action].to ?? request.status;
  const next: HelpRequest = { ...request, status: to };
  if (action === 'accept' || action === 'dispatch') {
    next.assigneeId = input.assignee?.id ?? null;
    next.assigneeName = input.assignee?.name ?? null;
    next.acceptedAt = input.now;
  }
  if (action === 'start') next.startedAt = input.now;
  if (action === 'finish') {
    next.doneAt = input.now;
    next.minutes = input.minutes ?? null;
  }
  if (action === 'confirm') {
    next.closedAt = input.now;
    next.thanked = true;
  }
  if (action === 'cancel') next.closedAt = input.now;
  if (action === 'confirmHours') next.hoursConfirmed = true;
  return next;
}

/** Only volunteers may be dispatched to; staff choose from their community's volunteers. */
export function checkDispatchTarget(volunteer: { role: string; communityId: string } | undefined, request: HelpRequest): Rejection | null {
  if (!volunteer || volunteer.role !== 'volunteer' || volunteer.communityId !== request.communityId) {
    return reject('NOT_ELIGIBLE', ['volunteerId'], 'dispatch only to a volunteer of this community');
  }
  return null;
}
