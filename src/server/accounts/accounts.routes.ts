import type { FastifyInstance } from 'fastify';
import { cardLoginSchema } from '../../shared/accounts/service-card';
import { SESSION_DAYS } from '../auth/login-limits';
import { SESSION_COOKIE, actorOfRequest, sessionCookieOptions } from '../auth/auth.plugin';
import { deleteMyDataSchema } from '../../shared/accounts/personal-data';
import { deleteMyData, exportMyData } from './personal-data.service';
import { auditQuerySchema } from '../../shared/accounts/audit';
import { auditPage } from './audit.service';
import { validate } from '../http/validate';
import type { RouteDeps } from '../service';
import { logInWithCard } from './service-card.service';

/** Paths of accounts that answer without a session. */
export const ACCOUNTS_PUBLIC_PATHS = ['/api/auth/card'];

/**
 * POST /api/auth/card `{token}`: logs in with a scanned service card → LoginResponse and the
 * session cookie; 400 CARD_INVALID with `reason` used | expired | revoked | unknown.
 * GET /api/accounts/my-data → MyData. POST /api/accounts/my-data/delete `{confirm: true}` →
 * `{deleted: true}` and the cookie cleared; 403 FORBIDDEN for staff and administrators.
 * GET /api/accounts/audit?communityId=&before= → AuditPage, for administrators of its street office (403 otherwise).
 */
export function accountsRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.post('/api/auth/card', async (request, reply) => {
    const { token } = validate(cardLoginSchema, request.body, 'body');
    const session = await logInWithCard(deps, token, request.headers['user-agent'] ?? null);
    reply.setCookie(SESSION_COOKIE, session.token, { ...sessionCookieOptions(deps.secureCookies), maxAge: SESSION_DAYS * 24 * 60 * 60 });
    return session;
  });

  app.get('/api/accounts/audit', async (request) => {
    const query = validate(auditQuerySchema, request.query, 'query');
    return auditPage(deps.db, actorOfRequest(request), query.communityId, query.before);
  });

  app.get('/api/accounts/my-data', async (request) => exportMyData(deps, actorOfRequest(request), request.sessionId));

  app.post('/api/accounts/my-data/delete', async (request, reply) => {
    validate(deleteMyDataSchema, request.body, 'body');
    await deleteMyData(deps, actorOfRequest(request));
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(deps.secureCookies));
    return { deleted: true };
  });
}
