import type * as v from 'valibot';
import { parseWith } from '../../shared/validation';
import { ApiError } from './api-error';

/** Parses a request part with a shared schema or throws 400 INVALID naming each bad field. */
export function validate<S extends v.GenericSchema>(schema: S, input: unknown, what: string): v.InferOutput<S> {
  const parsed = parseWith(schema, input);
  if (parsed.ok) return parsed.value;
  throw new ApiError(400, 'INVALID', `invalid ${what}: ${parsed.problems.map((p) => p.field).join(', ')}`, parsed.problems);
}
