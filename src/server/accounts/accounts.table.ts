/** A printed service card; only the SHA-256 of its token is kept. */
export interface ServiceCardTable {
  id: string;
  member_id: string;
  community_id: string;
  token_hash: string;
  issued_by_id: string;
  issued_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
}

/** An adult child's request to link a parent into their household (see shared/accounts/household-link.ts). */
export interface HouseholdLinkTable {
  id: string;
  requester_id: string;
  /** Null when no one is registered with the number asked for. */
  parent_id: string | null;
  phone_hint: string;
  community_id: string;
  status: string;
  created_at: string;
  answered_at: string | null;
  answered_by_id: string | null;
}

/** One staff action, as recordStaffAction writes it (see audit.service.ts). */
export interface AuditEntryTable {
  id: string;
  at: string;
  /** The change version when it was written (under the write lock): orders the log as the acts committed. */
  seq: number;
  actor_id: string;
  /** The actor's name when they acted, so the log reads right after they leave. */
  actor_name: string;
  community_id: string;
  action: string;
  subject_id: string | null;
  /** JSON of the action's arguments, secrets left out. */
  details: string;
}

declare module '../db/schema' {
  interface Database {
    service_cards: ServiceCardTable;
    household_links: HouseholdLinkTable;
    audit_entries: AuditEntryTable;
  }
}

declare module '../auth/auth.table' {
  interface SessionTable {
    /** The service card that opened the session, if one did: revoking the card ends it. */
    card_id: string | null;
  }
}
