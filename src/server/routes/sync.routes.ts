import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { cursorSchema, INITIAL_CURSOR, pushRequestSchema, PULL_PAGE_SIZE } from '../../shared/sync/protocol';
import { actorOfRequest } from '../auth/auth.plugin';
import { validate } from '../http/validate';
import { pullChanges } from '../sync/pull.service';
import { pushMutations, type PushDeps } from '../sync/push.service';
import type { PokeStreams } from '../sync/poke-stream';

const pullQuerySchema = v.object({
  cursor: v.optional(cursorSchema, INITIAL_CURSOR),
  // smaller pages for tests and slow links; never larger than the protocol's page
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,4}$/), v.transform(Number), v.minValue(1), v.maxValue(PULL_PAGE_SIZE)),
    String(PULL_PAGE_SIZE),
  ),
});

/**
 * POST /api/sync/push (400 INVALID for a malformed envelope; per-mutation refusals are in the
 * results), GET /api/sync/pull?cursor=&limit= (400 INVALID for a bad cursor), GET /api/sync/events (SSE;
 * 503 SERVER_BUSY over the total cap). Push and events are also limited per address (429 RATE_LIMITED).
 */
export function syncRoutes(app: FastifyInstance, deps: PushDeps & { pokeStreams: PokeStreams }): void {
  app.post('/api/sync/push', async (request) => {
    const body = validate(pushRequestSchema, request.body, 'push');
    return pushMutations(deps, actorOfRequest(request), body);
  });

  app.get('/api/sync/pull', async (request) => {
    const query = validate(pullQuerySchema, request.query, 'query');
    return pullChanges(deps.db, actorOfRequest(request), query.cursor, query.limit);
  });

  app.get('/api/sync/events', (request, reply) => {
    const actor = actorOfRequest(request);
    deps.pokeStreams.open(deps.pokeHub, { userId: actor.id, communityIds: actor.communityIds }, request, reply);
  });
}
