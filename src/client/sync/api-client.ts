/** The one typed door to the server's JSON API; it knows no UI and no database. */
import type { ApiErrorBody, ApiErrorCode } from '../../shared/api-error';
import type { FieldProblem } from '../../shared/validation';

/** A failed API call: `status` 0 and code 'NETWORK' when the server could not be reached at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | 'NETWORK',
    message: string,
    readonly fields: FieldProblem[] = [],
    /** How long the server asked us to wait before trying again (Retry-After), if it said. */
    readonly retryAfterMs: number | null = null,
    /** The server's finer reason (ApiErrorBody.reason): why a session ended, why a card did not log in. */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Whether trying again later may succeed (offline, server trouble); queued work must be kept. */
  get isRetryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }

  /** Whether the session has ended and the user must log in again. */
  get isUnauthenticated(): boolean {
    return this.status === 401;
  }
}

/** Where and how to reach the server; tests inject a fake fetch. */
export interface ApiClientOptions {
  fetch?: typeof fetch;
  baseUrl?: string;
}

/** A small typed client for the server's JSON API. */
export interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  /** Sends a file as the body (a dish photo); the reply is JSON like every other. */
  putFile<T>(path: string, file: Blob): Promise<T>;
}

/** Reads a Retry-After header: delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  const error = (body as { error?: { code?: unknown } } | null)?.error;
  return typeof error === 'object' && error !== null && typeof error.code === 'string';
}

/** Builds an API client; the session cookie rides along because requests are same-origin. */
export function createApiClient(opts: ApiClientOptions = {}): ApiClient {
  const baseUrl = opts.baseUrl ?? '';
  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
    const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
    if (body instanceof Blob) {
      init.body = body;
      init.headers = { ...init.headers, 'content-type': body.type };
    } else if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { ...init.headers, 'content-type': 'application/json' };
    }
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, init);
    } catch (error) {
      throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
    }
    const text = await response.text().catch(() => '');
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // A proxy or captive portal answered with HTML; treat it as the status says.
      parsed = null;
    }
    if (!response.ok) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      if (isErrorBody(parsed)) {
        const { code, message, fields, reason } = parsed.error;
        throw new ApiError(response.status, code, message, fields ?? [], retryAfterMs, typeof reason === 'string' ? reason : undefined);
      }
      const code: ApiErrorCode = response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL';
      throw new ApiError(response.status, code, `HTTP ${response.status}`, [], retryAfterMs);
    }
    return parsed as T;
  }
  return {
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body ?? {}),
    putFile: (path, file) => request('PUT', path, file),
  };
}
