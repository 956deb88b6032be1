import type { FieldProblem } from './validation';

/** Error codes of whole API requests (as opposed to per-mutation rejections). */
export type ApiErrorCode =
  | 'INVALID'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CODE_INVALID'
  | 'CODE_EXPIRED'
  | 'TOO_MANY_ATTEMPTS'
  | 'CODE_ALREADY_SENT'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'CARD_INVALID'
  | 'SMS_UNAVAILABLE'
  | 'SERVER_BUSY'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL';

/**
 * The JSON body of every 4xx and 5xx reply: `{ error: { code, message, fields } }`, and for some
 * codes a finer `reason` a client may put in its own words (why a session ended, why a card did
 * not log in).
 */
export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; fields: FieldProblem[]; reason?: string };
}
