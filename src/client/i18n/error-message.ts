import { RejectionError, type RejectionCode } from '../../shared/rejection';
import { REJECTION_CODES } from '../../shared/sync/rejection-codes';
import type { ApiErrorCode } from '../../shared/api-error';
import { t } from './t';

const API_ERROR_CODES: readonly ApiErrorCode[] = [
  'INVALID',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CODE_INVALID',
  'CODE_EXPIRED',
  'TOO_MANY_ATTEMPTS',
  'CODE_ALREADY_SENT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'CARD_INVALID',
  'SMS_UNAVAILABLE',
  'SERVER_BUSY',
  'DATABASE_UNAVAILABLE',
  'INTERNAL',
];

/** Whether a string is an API error code the catalogue has words for. */
export function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && (API_ERROR_CODES as readonly string[]).includes(code);
}

/** Whether a string is a rejection code the catalogue has words for. */
export function isRejectionCode(code: unknown): code is RejectionCode {
  return typeof code === 'string' && (REJECTION_CODES as readonly string[]).includes(code);
}

/** The plain-words message for a rejection code. */
export function rejectionMessage(code: RejectionCode): string {
  return t(`rejection.${code}`);
}

/**
 * Plain words for anything a screen may catch: a local rejection, an API error (any error object
 * with an ApiErrorCode `code`), a failed fetch (offline, code NETWORK) or something unexpected.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof RejectionError) return rejectionMessage(error.rejection.code);
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (isApiErrorCode(code)) return t(`apiError.${code}`);
  if (code === 'NETWORK' || error instanceof TypeError) return t('error.network');
  // something no catalogue foresaw: keep it for the developer console, tell the user plainly
  console.error(error);
  return t('error.unknown');
}
