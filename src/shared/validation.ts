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

/**
 * Text a person could have typed on one line: no control characters (NUL, tab, line breaks,
 * escape, the C1 range) and no lone UTF-16 surrogates, which are not text at all. PostgreSQL
 * cannot store NUL, so without this rule such input would fail a whole push there but pass on
 * SQLite; refused here, it is INVALID on both, per mutation.
 */
const SINGLE_LINE_TEXT = /^[^\p{Cc}\p{Cs}]*$/u;
/** As SINGLE_LINE_TEXT, but line feeds are allowed: notes and descriptions typed in a textarea. */
const MULTI_LINE_TEXT = /^(?:\n|[^\p{Cc}\p{Cs}])*$/u;

/** Single-line text: a name, a title, a place, an id. Every string field of an input uses it or multiLineTextSchema. */
export const textSchema = v.pipe(v.string(), v.regex(SINGLE_LINE_TEXT, 'text without control characters or line breaks'));

/**
 * Multi-line text (a note, a description): line feeds are kept, a pasted \r\n or \r becomes \n,
 * every other control character is refused.
 */
export const multiLineTextSchema = v.pipe(
  v.string(),
  v.transform((text: string) => text.replace(/\r\n?/g, '\n')),
  v.regex(MULTI_LINE_TEXT, 'text without control characters other than line breaks'),
);

/** Client-made ids are UUIDs; the server trusts them only to be unique per mutation or row. */
export const idSchema = v.pipe(textSchema, v.minLength(1), v.maxLength(64));
export const uuidSchema = v.pipe(v.string(), v.uuid());
/** A calendar date in Asia/Shanghai, e.g. 2026-11-25. */
export const dateSchema = v.pipe(v.string(), v.isoDate());
/** An instant as an ISO 8601 string in UTC. */
export const instantSchema = v.pipe(v.string(), v.isoTimestamp());
