import type { FastifyInstance } from 'fastify';
import type { DatabaseKind } from '../db/database';

/** GET /api/health: whether the server is up and which database it runs on. */
export function healthRoutes(app: FastifyInstance, deps: { database: DatabaseKind }): void {
  app.get('/api/health', async () => ({ ok: true as const, database: deps.database }));
}
