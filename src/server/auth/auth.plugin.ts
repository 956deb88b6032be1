import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { SessionInfo } from '../../shared/auth';
import type { Actor } from '../../shared/member';
import type { Database } from '../db/schema';
import { ApiError } from '../http/api-error';
import { hashToken } from './login.service';
import { actorOf, authenticate } from './session.service';
import { SESSION_DAYS } from './login-limits';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in session, set by the auth hook on every protected /api route. */
    session: SessionInfo | null;
    /** The public id of that session (to tell it apart in the list of a person's sessions). */
    sessionId: string | null;
  }
}

/** Name of the session cookie. */
export const SESSION_COOKIE = 'sid';

// Reachable without a session: the login flow itself and the health probe (services add their login methods).
const CORE_PUBLIC_PATHS = ['/api/health', '/api/auth/code', '/api/auth/login', '/api/auth/logout'];

/** The session token of a request: the `sid` cookie, or `Authorization: Bearer` for other clients. */
export function tokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || undefined;
  return request.cookies[SESSION_COOKIE] || undefined;
}

/**
 * Requires a session on every /api route except the public ones (the core's and `publicPaths`);
 * 401 UNAUTHENTICATED otherwise, with the reason when the server ended the session (SessionEndReason).
 */
export function registerAuth(
  app: FastifyInstance, deps: { db: Kysely<Database>; now: () => Date; publicPaths?: readonly string[]; secureCookies?: boolean },
): void {
  const publicPaths = new Set([...CORE_PUBLIC_PATHS, ...(deps.publicPaths ?? [])]);
  app.decorateRequest('session', null);
  app.decorateRequest('sessionId', null);
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?', 1)[0] ?? '';
    if (!path.startsWith('/api/') || publicPaths.has(path)) return;
    const token = tokenOf(request);
    if (token === undefined) throw new ApiError(401, 'UNAUTHENTICATED', 'log in first');
    const found = await authenticate(deps.db, hashToken(token), deps.now());
    if ('endReason' in found) {
      const reason = found.endReason;
      throw new ApiError(401, 'UNAUTHENTICATED', reason ? `this session has ended (${reason}); log in again` : 'log in first', [], { reason });
    }
    request.session = found.info;
    request.sessionId = found.sessionId;
    // the browser's cookie must outlive the session it carries: renew it with the session
    if (found.renewed && request.cookies[SESSION_COOKIE] === token) {
      reply.setCookie(SESSION_COOKIE, token, { ...sessionCookieOptions(deps.secureCookies ?? false), maxAge: SESSION_DAYS * 24 * 60 * 60 });
    }
  });
}

/** The session cookie's attributes; `secure` when the server runs behind https. */
export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'strict' as const, path: '/', secure };
}

/** The session of a protected route (the hook guarantees it; this keeps types honest). */
export function sessionOf(request: FastifyRequest): SessionInfo {
  if (!request.session) throw new ApiError(401, 'UNAUTHENTICATED', 'log in first');
  return request.session;
}

/** The acting user of a protected route. */
export function actorOfRequest(request: FastifyRequest): Actor {
  return actorOf(sessionOf(request));
}
