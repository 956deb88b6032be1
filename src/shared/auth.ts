import * as v from 'valibot';
import { idSchema } from './validation';


/** Mainland mobile numbers: 11 digits starting with 1. */
export const phoneSchema = v.pipe(v.string(), v.regex(/^1\d{10}$/, 'a mainland mobile number of 11 digits'));
/** One-time login codes are 6 digits. */
export const loginCodeSchema = v.pipe(v.string(), v.regex(/^\d{6}$/, 'a code of 6 digits'));

/** POST /api/auth/code body. */
export const requestCodeSchema = v.object({ phone: phoneSchema });
/** POST /api/auth/login body. */
export const loginSchema = v.object({ phone: phoneSchema, code: loginCodeSchema });

/** POST /api/auth/code reply; demoCode only when the server runs with demo data. */
export interface CodeSentResponse {
  sent: true;
  expiresInSeconds: number;
  demoCode?: string;
}

/** Who is logged in, as GET /api/me and POST /api/auth/login return it. */
export interface SessionInfo {
  user: import('./member').Member & { phone: string | null };
  /** Communities whose rows this user receives (an administrator's whole street office). */
  communityIds: string[];
}

/** POST /api/auth/login reply; the same token is also set as an httpOnly cookie. */
export interface LoginResponse extends SessionInfo {
  token: string;
}

/** One live session of a person, as GET /api/sessions lists it. */
export interface SessionSummary {
  id: string;
  /** The browser it was opened in (its User-Agent), or null. */
  device: string | null;
  createdAt: string;
  expiresAt: string;
  /** The session the list was asked with. */
  current: boolean;
}

/** POST /api/sessions/end body: one of one's own sessions, or every session of a person (own others, or as staff). */
export const endSessionsSchema = v.union([
  v.object({ sessionId: v.pipe(v.string(), v.uuid()) }),
  v.object({ userId: idSchema }),
]);
