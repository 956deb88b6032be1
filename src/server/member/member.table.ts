/** A person: a user with a phone who logs in, or a resident without one whom staff serve. */
export interface UserTable {
  id: string;
  community_id: string;
  household_id: string | null;
  name: string;
  phone: string | null;
  role: string;
  birth_date: string | null;
  /** 0/1: the birth date was checked against an ID card by staff. */
  age_verified: number;
  /** JSON array of group names, e.g. ["newEmployment"]. */
  groups: string;
  created_at: string;
  /** The one service a staff member is limited to, or null for all (see shared/member.ts actorFor). */
  staff_of: string | null;
}
