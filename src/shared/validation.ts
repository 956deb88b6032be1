import * as v from 'valibot';

/** One problem with one field of an input: the dotted path and the rule it broke. */
export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

/** Outcome of validating untrusted input against a shared schema. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Validates input and names each bad field with its rule, so API and UI can say what is wrong. */
export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): Parsed<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => ({
      field: v.getDotPath(issue) ?? '(root)',
      rule: issue.expected ? `${issue.type} ${issue.expected}` : issue.type,
      message: issue.message,
    })),
  };
}

/** Client-made ids are UUIDs; the server trusts them only to be unique per mutation or row. */
export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
export const uuidSchema = v.pipe(v.string(), v.uuid());
/** A calendar date in Asia/Shanghai, e.g. 2026-11-25. */
export const dateSchema = v.pipe(v.string(), v.isoDate());
/** An instant as an ISO 8601 string in UTC. */
export const instantSchema = v.pipe(v.string(), v.isoTimestamp());
