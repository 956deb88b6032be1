import type { FastifyError, FastifyInstance } from 'fastify';
import { ApiError, apiErrorBody } from './api-error';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/database-unavailable';

/** Whether a thrown value is one of Fastify's own errors with an HTTP status (bad JSON, too large). */
function isFastifyError(err: unknown): err is FastifyError {
  return err instanceof Error && typeof (err as Partial<FastifyError>).statusCode === 'number';
}

/**
 * Turns every error into a JSON ApiErrorBody: our ApiErrors as they are, Fastify's client errors
 * (malformed JSON, a body over the limit, a wrong content type) as 4xx, a database that is away
 * for the moment (restart, failover, a held lock) as 503 DATABASE_UNAVAILABLE with Retry-After,
 * anything else as 500 INTERNAL, logged but never crashing the process. Unknown /api paths answer 404 JSON.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, request, reply) => {
    if (err instanceof ApiError) {
      return reply.status(err.statusCode).send(apiErrorBody(err.code, err.message, err.fields));
    }
    if (isFastifyError(err) && err.statusCode === 413) {
      return reply.status(413).send(apiErrorBody('PAYLOAD_TOO_LARGE', 'the request body is too large'));
    }
    if (isFastifyError(err) && err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send(apiErrorBody('INVALID', err.message));
    }
    if (isDatabaseUnavailable(err)) {
      // one line, no stack: during an outage every request says the same
      request.log.warn(`database unavailable: ${err instanceof Error ? err.message : String(err)}`);
      return reply.status(503).header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS))
        .send(apiErrorBody('DATABASE_UNAVAILABLE', 'the database is unavailable for a moment; try again shortly'));
    }
    request.log.error({ err }, 'unexpected error');
    return reply.status(500).send(apiErrorBody('INTERNAL', 'something went wrong on the server'));
  });
}

/** Answers unknown /api paths with a JSON 404 (the SPA fallback handles other GETs). */
export function apiNotFound(path: string): ReturnType<typeof apiErrorBody> {
  return apiErrorBody('NOT_FOUND', `no such endpoint: ${path}`);
}
