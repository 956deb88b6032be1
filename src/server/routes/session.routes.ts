import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { endSessionsSchema } from '../../shared/auth';
import type { Database } from '../db/schema';
import { actorOfRequest } from '../auth/auth.plugin';
import { endOwnSession, endSessionsOfPerson, sessionsOf } from '../auth/device-sessions.service';
import { validate } from '../http/validate';

/**
 * GET /api/sessions (one's live sessions), POST /api/sessions/end `{sessionId}` (one of one's own;
 * 404 NOT_FOUND otherwise) or `{userId}` (one's own other sessions, or as staff all of a person's
 * in their community; 403 FORBIDDEN otherwise) → `{ended}`.
 */
export function sessionRoutes(app: FastifyInstance, deps: { db: Kysely<Database>; now: () => Date }): void {
  app.get('/api/sessions', async (request) => ({
    sessions: await sessionsOf(deps.db, actorOfRequest(request), request.sessionId, deps.now()),
  }));

  app.post('/api/sessions/end', async (request) => {
    const body = validate(endSessionsSchema, request.body, 'body');
    const actor = actorOfRequest(request);
    const ended = 'sessionId' in body
      ? await endOwnSession(deps.db, actor, body.sessionId, deps.now())
      : await endSessionsOfPerson(deps.db, actor, body.userId, request.sessionId, deps.now());
    return { ended };
  });
}
