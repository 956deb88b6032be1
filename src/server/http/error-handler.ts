import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { ApiErrorCode } from '../../shared/api-error';
import { ApiError, apiErrorBody } from './api-error';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/database-unavailable';

/** Whether a thrown value is one of Fastify's own errors with an HTTP status (bad JSON, too large). */
function isFastifyError(err: unknown): err is FastifyError {
  return err instanceof Error && typeof (err as Partial<FastifyError>).statusCode === 'number';
}

/** The documented code of a client error Fastify raised itself. */
function codeOfClientError(status: number): ApiErrorCode {
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'RATE_LIMITED';
  return 'INVALID';
}

/** Plain words for the errors Fastify raises itself, instead of its internal wording. */
const CLIENT_ERROR_MESSAGES: Partial<Record<ApiErrorCode, string>> = {
  PAYLOAD_TOO_LARGE: 'the request body is too large',
  UNSUPPORTED_MEDIA_TYPE: 'send the body as application/json',
};

/**
 * Turns every error into a JSON ApiErrorBody: our ApiErrors as they are, Fastify's client errors
 * (malformed JSON, a body over the limit, a wrong content type) as their documented 4xx code,
 * a database that is away for the moment (restart, failover, a held lock) as 503
 * DATABASE_UNAVAILABLE with Retry-After, anything else as 500 INTERNAL, logged but never crashing
 * the process. Unknown /api paths answer 404 JSON (client-files.ts), a malformed URL 400 JSON (badUrlHandler).
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, request, reply) => {
    if (err instanceof ApiError) {
      // a gateway down is ours to fix; the error names no phone (see code-sender.ts)
      if (err.statusCode >= 500) request.log.warn({ code: err.code, cause: String(err.cause) }, err.message);
      return reply.status(err.statusCode).send(apiErrorBody(err.code, err.message, err.fields, err.reason));
    }
    if (isFastifyError(err) && err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
      const code = codeOfClientError(err.statusCode);
      return reply.status(err.statusCode).send(apiErrorBody(code, CLIENT_ERROR_MESSAGES[code] ?? err.message));
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

/**
 * Fastify's `frameworkErrors`: a path whose percent-encoding is not UTF-8 (`/api/%ED%A0%80`) never
 * reaches a route, its hooks or the error handler, so it is answered here, as the contract says.
 */
export const badUrlHandler: NonNullable<FastifyServerOptions['frameworkErrors']> = (
  _err: FastifyError, _request: FastifyRequest, reply: FastifyReply,
) => {
  reply.status(400).header('Cache-Control', 'no-store').type('application/json; charset=utf-8')
    .send(apiErrorBody('INVALID', 'the path is not a valid URL'));
};

/**
 * Fastify's `clientErrorHandler`: a request Node's HTTP parser cannot read (garbage, headers over
 * the size limit) is answered on the raw socket, in the documented body as well.
 */
export function rawClientErrorHandler(err: Error & { code?: string }, socket: import('node:net').Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) return;
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const body = JSON.stringify(apiErrorBody('INVALID', tooLarge ? 'the request headers are too large' : 'the request is not valid HTTP'));
  socket.end([
    tooLarge ? 'HTTP/1.1 431 Request Header Fields Too Large' : 'HTTP/1.1 400 Bad Request',
    'Content-Type: application/json; charset=utf-8',
    'Cache-Control: no-store',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n'));
}

/** Answers unknown /api paths with a JSON 404 (the SPA fallback handles other GETs). */
export function apiNotFound(path: string): ReturnType<typeof apiErrorBody> {
  return apiErrorBody('NOT_FOUND', `no such endpoint: ${path}`);
}
