/**
 * Machine codes with which the server refuses any mutation, whichever service it belongs to. The
 * client maps each to plain words in the user's language; the API also sends an English message.
 */
export const CORE_REJECTION_CODES = ['INVALID', 'UNKNOWN_MUTATION', 'NOT_FOUND', 'FORBIDDEN'] as const;

/**
 * The codes services add: each declares its own into this interface (declaration merging), so
 * the core's rules stay typed without the core naming a service. sync/rejection-codes.ts lists
 * them all at run time.
 */
export interface ServiceRejectionCodes {}

/** A reason a mutation was refused. */
export type RejectionCode = (typeof CORE_REJECTION_CODES)[number] | keyof ServiceRejectionCodes;

/** A refusal with the fields it concerns, as rules return it and the push reply carries it. */
export interface Rejection {
  code: RejectionCode;
  fields: string[];
  message: string;
  /** Facts a client may render in its own words, e.g. who did it first and when. */
  detail?: Record<string, string>;
}

/** Builds a rejection; rules use it so every refusal names its fields. */
export function reject(code: RejectionCode, fields: string[], message: string): Rejection {
  return { code, fields, message };
}

/** Refuses a mutation there and then: client mutators and server handlers alike. */
export function refuse(code: RejectionCode, fields: string[], message: string): never {
  throw new RejectionError(reject(code, fields, message));
}

/** Thrown by services and mutators to abort a mutation with a rejection. */
export class RejectionError extends Error {
  constructor(readonly rejection: Rejection) {
    super(`${rejection.code}: ${rejection.message}`);
    this.name = 'RejectionError';
  }
}
