import type { FastifyError, FastifyInstance } from 'fastify';
import { ApiError, apiErrorBody } from './api-error';

/** Whether a thrown value is one of Fastify's own errors with an HTTP status (bad JSON, too large). */
function isFastifyError(err: unknown): err is FastifyError {
  return err instanceof Error && typeof (err as Partial<FastifyError>).statusCode === 'number';
}

/**
 * Turns every error into a JSON ApiErrorBody: our ApiErrors as they are, Fastify's client errors
 * (malformed JSON, a body over the limit, a wrong content type) as 4xx, anything else as 500
 * INTERNAL, logged but never crashing the process. Unknown /api paths answer 404 JSON.
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
    request.log.error({ err }, 'unexpected error');
    return reply.status(500).send(apiErrorBody('INTERNAL', 'something went wrong on the server'));
  });
}

/** Answers unknown /api paths with a JSON 404 (the SPA fallback handles other GETs). */
export function apiNotFound(path: string): ReturnType<typeof apiErrorBody> {
  return apiErrorBody('NOT_FOUND', `no such endpoint: ${path}`);
}
