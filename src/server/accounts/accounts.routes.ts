import type { FastifyInstance } from 'fastify';
import { cardLoginSchema } from '../../shared/accounts/service-card';
import { SESSION_DAYS } from '../auth/login-limits';
import { SESSION_COOKIE, sessionCookieOptions } from '../auth/auth.plugin';
import { validate } from '../http/validate';
import type { RouteDeps } from '../service';
import { logInWithCard } from './service-card.service';

/** Paths of accounts that answer without a session. */
export const ACCOUNTS_PUBLIC_PATHS = ['/api/auth/card'];

/**
 * POST /api/auth/card `{token}`: logs in with a scanned service card → LoginResponse and the
 * session cookie; 400 CARD_INVALID with `reason` used | expired | revoked | unknown.
 */
export function accountsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/api/auth/card', async (request, reply) => {
    const { token } = validate(cardLoginSchema, request.body, 'body');
    const session = await logInWithCard(deps, token, request.headers['user-agent'] ?? null);
    reply.setCookie(SESSION_COOKIE, session.token, { ...sessionCookieOptions(deps.secureCookies), maxAge: SESSION_DAYS * 24 * 60 * 60 });
    return session;
  });
}
