import { createHash, createHmac, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CodeSentResponse, LoginResponse } from '../../shared/auth';
import type { Database } from '../db/schema';
import { ApiError } from '../http/api-error';
import { findUserIdByPhone } from '../member/member.repository';
import {
  codesSentSince, countWrongAttempt, deleteCodesBefore, insertLoginCode, insertSession, latestLoginCode, markCodeUsed,
} from './auth.repository';
import type { CodeSender } from './code-sender';
import { loadSessionInfo } from './session.service';

/** A login code lives five minutes. */
export const CODE_TTL_SECONDS = 5 * 60;
/** Wrong guesses after which a code is dead (a 6-digit code then has 5 in a million odds). */
export const MAX_CODE_ATTEMPTS = 5;
/** Least time between two codes for one phone. */
export const CODE_RESEND_SECONDS = 30;
/** Most codes per phone per hour: SMS cost and harassment of the number's owner. */
export const MAX_CODES_PER_HOUR = 10;
/** Sessions last 30 days: elders should not have to log in every week. */
export const SESSION_DAYS = 30;

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

/** The stored form of a session token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Sends a fresh login code to a registered phone, within the rate limits. */
export async function requestLoginCode(deps: LoginDeps, phone: string): Promise<CodeSentResponse> {
  const now = deps.now();
  if (!(await findUserIdByPhone(deps.db, phone))) {
    throw new ApiError(404, 'PHONE_NOT_REGISTERED', 'this phone number is not registered; ask your community office');
  }
  const hourAgo = new Date(now.getTime() - HOUR_MS).toISOString();
  await deleteCodesBefore(deps.db, hourAgo);
  const sent = await codesSentSince(deps.db, phone, hourAgo);
  const last = sent[0];
  if (last !== undefined && now.getTime() - Date.parse(last) < CODE_RESEND_SECONDS * 1000) {
    // the code already sent is still good: say so, rather than "try again later"
    throw new ApiError(429, 'CODE_ALREADY_SENT', `a code was sent less than ${CODE_RESEND_SECONDS} seconds ago and is still valid`);
  }
  if (sent.length >= MAX_CODES_PER_HOUR) {
    throw new ApiError(429, 'TOO_MANY_ATTEMPTS', 'too many codes this hour; try again later');
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await insertLoginCode(deps.db, {
    id: randomUUID(), phone, code_hash: hashCode(deps.codeSecret, phone, code), created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + CODE_TTL_SECONDS * 1000).toISOString(), attempts: 0, used: 0,
  });
  await deps.codeSender.send(phone, code);
  return { sent: true, expiresInSeconds: CODE_TTL_SECONDS, ...(deps.demo ? { demoCode: code } : {}) };
}

/** Checks the newest code of a phone and opens a session; counts a wrong guess against the code. */
export async function logIn(deps: LoginDeps, phone: string, code: string): Promise<LoginResponse> {
  const now = deps.now();
  const live = await latestLoginCode(deps.db, phone);
  if (!live || live.used === 1) throw new ApiError(400, 'CODE_INVALID', 'wrong code; ask for a new one');
  if (live.attempts >= MAX_CODE_ATTEMPTS) {
    throw new ApiError(429, 'TOO_MANY_ATTEMPTS', 'too many wrong codes; ask for a new one');
  }
  if (Date.parse(live.expires_at) <= now.getTime()) throw new ApiError(400, 'CODE_EXPIRED', 'this code has expired; ask for a new one');
  const expected = Buffer.from(live.code_hash, 'hex');
  const given = Buffer.from(hashCode(deps.codeSecret, phone, code), 'hex');
  if (!timingSafeEqual(expected, given)) {
    const attempts = await countWrongAttempt(deps.db, live.id);
    if (attempts >= MAX_CODE_ATTEMPTS) throw new ApiError(429, 'TOO_MANY_ATTEMPTS', 'too many wrong codes; ask for a new one');
    throw new ApiError(400, 'CODE_INVALID', 'wrong code');
  }
  await markCodeUsed(deps.db, live.id);
  const userId = await findUserIdByPhone(deps.db, phone);
  if (!userId) throw new ApiError(404, 'PHONE_NOT_REGISTERED', 'this phone number is not registered');
  const token = randomBytes(32).toString('base64url');
  await insertSession(deps.db, {
    tokenHash: hashToken(token), userId, createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 24 * HOUR_MS).toISOString(),
  });
  const info = await loadSessionInfo(deps.db, userId);
  if (!info) throw new ApiError(404, 'PHONE_NOT_REGISTERED', 'this phone number is not registered');
  return { ...info, token };
}
