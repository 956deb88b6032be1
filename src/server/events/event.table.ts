/** A dated community event; counters are kept in the same transaction as the sign-ups. */
export interface EventTable {
  id: string;
  community_id: string;
  series_id: string | null;
  organiser_id: string;
  organiser_name: string;
  kind: string;
  title: string;
  description: string;
  place: string;
  starts_at: string;
  ends_at: string;
  signup_deadline: string;
  capacity: number;
  places_taken: number;
  waiting_count: number;
  min_age: number | null;
  max_age: number | null;
  /** 0/1 */
  adults_accompany: number;
  promotion: string;
  offer_hours: number;
  status: string;
  created_at: string;
}

/** A household's sign-up; member_ids is a JSON array of member ids. */
export interface SignupTable {
  id: string;
  event_id: string;
  community_id: string;
  household_id: string | null;
  booked_by_id: string;
  member_ids: string;
  adults: number;
  children: number;
  status: string;
  ticket_code: string;
  queued_at: string;
  /** 1 = next on the waiting list; null unless waiting (kept by settleEvent). */
  waitlist_position: number | null;
  offer_expires_at: string | null;
  checked_in_at: string | null;
  checked_in_by_id: string | null;
  checked_in_by_name: string | null;
  created_at: string;
}

/** A proposed event topic (反馈学习需求). */
export interface EventWishTable {
  id: string;
  community_id: string;
  topic: string;
  proposed_by_id: string;
  created_at: string;
}

/** One person's vote for a wish (primary key wish + member: one vote per person). */
export interface EventWishVoteTable {
  wish_id: string;
  member_id: string;
  created_at: string;
}

declare module '../db/schema' {
  interface Database {
    events: EventTable;
    signups: SignupTable;
    event_wishes: EventWishTable;
    event_wish_votes: EventWishVoteTable;
  }
}
