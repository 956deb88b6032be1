/**
 * Tells a database that cannot serve right now (restarting, failing over, unreachable, a write
 * lock held too long) from a fault in our own code. The first answers 503 with a retry hint and
 * the client keeps its queue; the second stays a 500 that someone must look at.
 */

/** Seconds a client is asked to wait (Retry-After) before it tries again: a restart takes a few. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// SQLSTATE 08xxx: connection exceptions; 57P01-57P03: admin or crash shutdown, starting up;
// 53300: too many connections (a failover's new primary while clients reconnect).
const PG_UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
// What Node's sockets say when the server is gone or unreachable.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// node-postgres errors without a code, raised when a connection dies or cannot be made in time.
const PG_CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'is not queryable',
];

/** Whether one error object (not its causes) says the database is unavailable. */
function saysUnavailable(err: object): boolean {
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code.startsWith('08') && code.length === 5) return true;
    if (PG_UNAVAILABLE_STATES.has(code) || NETWORK_CODES.has(code)) return true;
    // better-sqlite3: another connection held the write lock longer than busy_timeout
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return true;
  }
  const message = err instanceof Error ? err.message : '';
  return PG_CONNECTION_MESSAGES.some((m) => message.includes(m));
}

/**
 * Whether an error (or its cause, or any error of an AggregateError, as a dual-stack connect
 * gives) means the database is unavailable for now, so the request may succeed if retried.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 5) return false;
  if (saysUnavailable(err)) return true;
  if (err instanceof AggregateError && err.errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return isDatabaseUnavailable((err as { cause?: unknown }).cause, depth + 1);
}
