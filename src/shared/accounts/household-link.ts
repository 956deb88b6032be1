import * as v from 'valibot';
import type { Actor } from '../member';
import { reject, type Rejection } from '../rejection';
import { isStaffRole } from '../role';
import { idSchema, instantSchema } from '../validation';

/** Where a request to join households stands. */
export const HOUSEHOLD_LINK_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type HouseholdLinkStatus = (typeof HOUSEHOLD_LINK_STATUSES)[number];

/**
 * An adult child's request to link an elderly parent into their household, found by the parent's
 * phone number. Once the parent (in the app) or staff (at the office) accept, the parent joins the
 * child's household: they book, sign up and ask for help for each other. The requester learns the
 * parent's name only on acceptance, so a number typed in never tells who it belongs to.
 */
export const householdLinkSchema = v.object({
  id: idSchema,
  requesterId: idSchema,
  requesterName: v.string(),
  /** The parent found by the number; null for the requester until accepted, and when no one has that number. */
  parentId: v.nullable(idSchema),
  parentName: v.nullable(v.string()),
  /** The number asked for, masked (138****0001), so the requester knows which request this is. */
  phoneHint: v.string(),
  /** The parent's community (whose staff may confirm), or the requester's when no one has the number. */
  communityId: idSchema,
  status: v.picklist(HOUSEHOLD_LINK_STATUSES),
  createdAt: instantSchema,
  answeredAt: v.nullable(instantSchema),
});
export type HouseholdLink = v.InferOutput<typeof householdLinkSchema>;

/**
 * Who may answer a pending link: the parent (yes or no), staff of the parent's community after
 * seeing both at the office (yes or no), and the requester, who may only withdraw it (no).
 */
export function checkAnswerLink(actor: Actor, link: HouseholdLink, accept: boolean): Rejection | null {
  const isParent = link.parentId !== null && link.parentId === actor.id;
  const isStaff = isStaffRole(actor.role) && actor.communityIds.includes(link.communityId);
  const withdraws = link.requesterId === actor.id && !accept;
  if (!isParent && !isStaff && !withdraws) return reject('FORBIDDEN', ['linkId'], 'only the parent or staff of their community may answer this');
  if (link.status !== 'pending') return reject('LINK_ANSWERED', ['linkId'], 'this request was answered already');
  if (accept && link.parentId === null) return reject('NOT_FOUND', ['linkId'], 'no one is registered with this number');
  return null;
}

/** A link as it stands after an answer. */
export function answerLink(link: HouseholdLink, accept: boolean, now: Date): HouseholdLink {
  return { ...link, status: accept ? 'accepted' : 'declined', answeredAt: now.toISOString() };
}
