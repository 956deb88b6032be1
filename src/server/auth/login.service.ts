import { createHash, createHmac, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { CodeSentResponse, LoginResponse } from '../../shared/auth';
import type { Database } from '../db/schema';
import { ApiError } from '../http/api-error';
import { findUserIdByPhone } from '../member/member.repository';
import {
  claimCodeSend, countCodeTry, findLoginCode, findThrottle, insertSession, releaseCodeSend, replaceLoginCode, spendCode,
} from './auth.repository';
import type { CodeSender } from './code-sender';
import { loadSessionInfo } from './session.service';
import { CODE_RESEND_SECONDS, CODE_TTL_SECONDS, MAX_CODE_ATTEMPTS, MAX_CODES_PER_HOUR, SESSION_DAYS } from './login-limits';

export { CODE_RESEND_SECONDS, CODE_TTL_SECONDS, MAX_CODE_ATTEMPTS, MAX_CODES_PER_HOUR, SESSION_DAYS } from './login-limits';

const HOUR_MS = 60 * 60 * 1000;

/** What logging in needs. */
export interface LoginDeps {
  db: Kysely<Database>;
  codeSender: CodeSender;
  now: () => Date;
  codeSecret: string;
  demo: boolean;
}

/** The stored form of a code: an HMAC, so a leaked table does not log anyone in. */
function hashCode(secret: string, phone: string, code: string): string {
  return createHmac('sha256', secret).update(`${phone}:${code}`).digest('hex');
}

/** What is kept of a User-Agent to name a device: printable, and short. */
export function deviceLabel(userAgent: string | null | undefined): string | null {
  const printable = (userAgent ?? '').replace(/[\p{Cc}\p{Cs}]/gu, '').trim().slice(0, 160);
  return printable === '' ? null : printable;
}

/** The stored form of a session token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Sends a fresh login code, within the per-phone limits, and answers the same for any well-formed
 * number: an unregistered one gets a code row too (never sent, so it logs nobody in) and counts
 * against the same limits, so neither the answer nor a second request tells whether the number is
 * registered. Only demo mode returns the code, and only for a registered phone.
 */
export async function requestLoginCode(deps: LoginDeps, phone: string): Promise<CodeSentResponse> {
  const now = deps.now();
  const claimed = await claimCodeSend(deps.db, phone, {
    now: now.toISOString(),
    resendBefore: new Date(now.getTime() - CODE_RESEND_SECONDS * 1000).toISOString(),
    windowBefore: new Date(now.getTime() - HOUR_MS).toISOString(),
    maxPerWindow: MAX_CODES_PER_HOUR,
  });
  if (!claimed) throw await whyNotSent(deps, phone, now);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await replaceLoginCode(deps.db, {
    id: randomUUID(), phone, code_hash: hashCode(deps.codeSecret, phone, code), created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + CODE_TTL_SECONDS * 1000).toISOString(), attempts: 0, used: 0,
  });
  const registered = (await findUserIdByPhone(deps.db, phone)) !== undefined;
  if (registered) {
    try {
      await deps.codeSender.send(phone, code);
    } catch (err) {
      // the text never left: let the person ask again at once rather than wait for a code that will not come
      await releaseCodeSend(deps.db, phone);
      throw new ApiError(503, 'SMS_UNAVAILABLE', 'the text message could not be sent; try again in a minute', [], { cause: err });
    }
  }
  return { sent: true, expiresInSeconds: CODE_TTL_SECONDS, ...(deps.demo && registered ? { demoCode: code } : {}) };
}

/** The error for a refused code request: the last code is still good, or the hour's are spent. */
async function whyNotSent(deps: LoginDeps, phone: string, now: Date): Promise<ApiError> {
  const throttle = await findThrottle(deps.db, phone);
  if (throttle && now.getTime() - Date.parse(throttle.last_sent_at) < CODE_RESEND_SECONDS * 1000) {
    // the code already sent is still good: say so, rather than "try again later"
    return new ApiError(429, 'CODE_ALREADY_SENT', `a code was sent less than ${CODE_RESEND_SECONDS} seconds ago and is still valid`);
  }
  return new ApiError(429, 'TOO_MANY_ATTEMPTS', 'too many codes this hour; try again later');
}

/** The error for a try that was not judged: no live code, a spent one, too many tries, or expired. */
async function whyNotJudged(deps: LoginDeps, phone: string, now: Date): Promise<ApiError> {
  const code = await findLoginCode(deps.db, phone);
  if (!code || code.used === 1) return new ApiError(400, 'CODE_INVALID', 'wrong code; ask for a new one');
  if (code.attempts >= MAX_CODE_ATTEMPTS) return new ApiError(429, 'TOO_MANY_ATTEMPTS', 'too many wrong codes; ask for a new one');
  if (Date.parse(code.expires_at) <= now.getTime()) return new ApiError(400, 'CODE_EXPIRED', 'this code has expired; ask for a new one');
  return new ApiError(400, 'CODE_INVALID', 'wrong code; ask for a new one');
}

/**
 * Opens a session for a person who has proved who they are (a texted code, a service card) and
 * returns its token, which only the reply carries: the server keeps its hash.
 */
export async function openSession(
  db: Kysely<Database> | Transaction<Database>, s: { userId: string; device: string | null; now: Date },
): Promise<{ token: string; sessionId: string }> {
  const token = randomBytes(32).toString('base64url');
  const sessionId = randomUUID();
  await insertSession(db, {
    tokenHash: hashToken(token), id: sessionId, device: deviceLabel(s.device), userId: s.userId, createdAt: s.now.toISOString(),
    expiresAt: new Date(s.now.getTime() + SESSION_DAYS * 24 * HOUR_MS).toISOString(),
  });
  return { token, sessionId };
}

/**
 * Checks a phone's live code and opens a session. The try is counted before it is judged, in the
 * statement that checks the limit, so 40 tries at once are 5 judged tries, not 40.
 */
export async function logIn(deps: LoginDeps, phone: string, code: string, device: string | null = null): Promise<LoginResponse> {
  const now = deps.now();
  const counted = await countCodeTry(deps.db, phone, now.toISOString(), MAX_CODE_ATTEMPTS);
  if (!counted) throw await whyNotJudged(deps, phone, now);
  const expected = Buffer.from(counted.code_hash, 'hex');
  const given = Buffer.from(hashCode(deps.codeSecret, phone, code), 'hex');
  if (!timingSafeEqual(expected, given)) {
    if (counted.attempts >= MAX_CODE_ATTEMPTS) throw new ApiError(429, 'TOO_MANY_ATTEMPTS', 'too many wrong codes; ask for a new one');
    throw new ApiError(400, 'CODE_INVALID', 'wrong code');
  }
  const userId = await findUserIdByPhone(deps.db, phone);
  // an unregistered phone's code was never sent; a right guess of it still logs nobody in
  if (!userId || !(await spendCode(deps.db, counted.id))) throw new ApiError(400, 'CODE_INVALID', 'wrong code; ask for a new one');
  const { token } = await openSession(deps.db, { userId, device, now });
  const info = await loadSessionInfo(deps.db, userId);
  if (!info) throw new ApiError(400, 'CODE_INVALID', 'wrong code; ask for a new one');
  return { ...info, token };
}
