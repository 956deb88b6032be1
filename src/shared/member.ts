import * as v from 'valibot';
import { idSchema, dateSchema } from './validation';
import { roleSchema, isStaffRole } from './role';

/**
 * A person the app knows: a user who logs in, or a resident without a phone whom staff serve
 * (hasLogin false). Household members act for each other (a child books for a parent).
 */
export const memberSchema = v.object({
  id: idSchema,
  communityId: idSchema,
  householdId: v.nullable(idSchema),
  name: v.string(),
  role: roleSchema,
  /** Only the verified birth date drives age-based prices and eligibility. */
  birthDate: v.nullable(dateSchema),
  ageVerified: v.boolean(),
  /** Groups that unlock prices, e.g. 'newEmployment' (delivery riders, sanitation, property staff). */
  groups: v.array(v.string()),
  hasLogin: v.boolean(),
  /** Staff limited to one service of their community (a canteen manager: 'canteen'); absent for all of them. */
  staffOf: v.optional(v.string()),
});
export type Member = v.InferOutput<typeof memberSchema>;

/**
 * The name a person's rows keep once they deleted their data: the rows stay for the community's
 * figures, nothing in them says who it was.
 */
export const FORGOTTEN_NAME = '已注销居民';
/** What stands in a required text (an address) that was about a person who deleted their data. */
export const FORGOTTEN_TEXT = '已删除';

/** Who is acting: the logged-in member; staff and admins also carry the communities they serve. */
export interface Actor {
  id: string;
  role: Member['role'];
  communityId: string;
  householdId: string | null;
  /** Communities whose records the actor may see: own, or all of an administrator's street office. */
  communityIds: string[];
  /** Staff limited to one service act as staff only in it (see actorFor); absent for all services. */
  staffOf?: string | null;
}

/**
 * The actor a service's rules judge: staff limited to another service act there as the resident
 * they also are, in their own community only. Core rows (people, communities) pass null.
 */
export function actorFor(actor: Actor, service: string | null): Actor {
  if (!actor.staffOf || service === null || service === actor.staffOf || !isStaffRole(actor.role)) return actor;
  return { ...actor, role: 'resident', communityIds: [actor.communityId], staffOf: null };
}

/**
 * Whether an actor may act for a person: themselves, a member of their household, or anyone in a
 * community they serve as staff (for elders with no phone at the counter).
 */
export function canActFor(actor: Actor, person: Pick<Member, 'id' | 'householdId' | 'communityId'>): boolean {
  if (actor.id === person.id) return true;
  if (actor.householdId !== null && actor.householdId === person.householdId) return true;
  return isStaffRole(actor.role) && actor.communityIds.includes(person.communityId);
}
