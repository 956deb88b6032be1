import type { ApiErrorBody, ApiErrorCode } from '../../shared/api-error';
import type { FieldProblem } from '../../shared/validation';

/** An error a service throws to end a request with a status and a JSON ApiErrorBody. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    options?: ErrorOptions & { reason?: string | undefined },
  ) {
    super(message, options);
    this.name = 'ApiError';
    this.reason = options?.reason;
  }

  /** A finer reason for the client's own words (ApiErrorBody.reason). */
  readonly reason: string | undefined;
}

/** The JSON body for an error code. */
export function apiErrorBody(code: ApiErrorCode, message: string, fields: FieldProblem[] = [], reason?: string): ApiErrorBody {
  return { error: { code, message, fields, ...(reason === undefined ? {} : { reason }) } };
}
