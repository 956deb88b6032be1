import type { ApiErrorBody, ApiErrorCode } from '../../shared/api-error';
import type { FieldProblem } from '../../shared/validation';

/** An error a service throws to end a request with a status and a JSON ApiErrorBody. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ApiError';
  }
}

/** The JSON body for an error code. */
export function apiErrorBody(code: ApiErrorCode, message: string, fields: FieldProblem[] = []): ApiErrorBody {
  return { error: { code, message, fields } };
}
