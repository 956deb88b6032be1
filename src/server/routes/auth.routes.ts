import type { FastifyInstance } from 'fastify';
import { loginSchema, requestCodeSchema } from '../../shared/auth';
import { validate } from '../http/validate';
import { logIn, requestLoginCode, SESSION_DAYS, hashToken, type LoginDeps } from '../auth/login.service';
import { deleteSession } from '../auth/auth.repository';
import { SESSION_COOKIE, sessionCookieOptions, sessionOf, tokenOf } from '../auth/auth.plugin';

/**
 * POST /api/auth/code, POST /api/auth/login, POST /api/auth/logout, GET /api/me.
 * Errors: 400 INVALID | CODE_INVALID | CODE_EXPIRED, 429 CODE_ALREADY_SENT | TOO_MANY_ATTEMPTS | RATE_LIMITED,
 * 503 SMS_UNAVAILABLE, 401.
 */
export function authRoutes(app: FastifyInstance, deps: LoginDeps & { secureCookies: boolean }): void {
  const cookieOptions = sessionCookieOptions(deps.secureCookies);

  app.post('/api/auth/code', async (request) => {
    const { phone } = validate(requestCodeSchema, request.body, 'body');
    return requestLoginCode(deps, phone);
  });

  app.post('/api/auth/login', async (request, reply) => {
    const { phone, code } = validate(loginSchema, request.body, 'body');
    const session = await logIn(deps, phone, code, request.headers['user-agent'] ?? null);
    reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions, maxAge: SESSION_DAYS * 24 * 60 * 60 });
    return session;
  });

  app.post('/api/auth/logout', async (request, reply) => {
    const token = tokenOf(request);
    if (token !== undefined) await deleteSession(deps.db, hashToken(token));
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return { ok: true };
  });

  app.get('/api/me', async (request) => sessionOf(request));
}
