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
});
export type Member = v.InferOutput<typeof memberSchema>;

/** Who is acting: the logged-in member; staff and admins also carry the communities they serve. */
export interface Actor {
  id: string;
  role: Member['role'];
  communityId: string;
  householdId: string | null;
  /** Communities whose records the actor may see: own, or all of an administrator's street office. */
  communityIds: string[];
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
