/** The one live login code of a phone (a new one replaces it); only its HMAC is kept. */
export interface LoginCodeTable {
  id: string;
  phone: string;
  code_hash: string;
  created_at: string;
  expires_at: string;
  attempts: number;
  /** 0/1: spent by a login, or dead after too many wrong attempts. */
  used: number;
}

/**
 * How many codes a phone was sent lately: claimed by one conditional upsert (claimCodeSend), so
 * the per-phone limits hold however many requests arrive at once.
 */
export interface LoginThrottleTable {
  phone: string;
  last_sent_at: string;
  /** Start of the hour-long window whose sends sent_in_window counts. */
  window_started_at: string;
  sent_in_window: number;
}

/** A login session; only the SHA-256 of its token is stored. */
export interface SessionTable {
  token_hash: string;
  /** Public id, to list and end sessions by (the token's hash never leaves the server). */
  id: string;
  /** The browser it was opened in (its User-Agent, shortened), so a person can tell their phones apart. */
  device: string | null;
  user_id: string;
  created_at: string;
  expires_at: string;
  /** When the server ended it before it expired (null while live); kept until it expires, to say why. */
  ended_at: string | null;
  /** A SessionEndReason, with ended_at. */
  end_reason: string | null;
}
