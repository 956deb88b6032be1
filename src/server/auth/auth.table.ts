/** A one-time login code sent by SMS; only its HMAC is kept. Old rows count for the rate limit. */
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

/** A login session; only the SHA-256 of its token is stored. */
export interface SessionTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}
