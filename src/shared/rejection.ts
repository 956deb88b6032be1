/**
 * Machine codes with which the server refuses a mutation. The client maps each to plain words
 * in the user's language; the API also sends an English message for other clients.
 */
export const REJECTION_CODES = [
  'INVALID',
  'UNKNOWN_MUTATION',
  'NOT_FOUND',
  'FORBIDDEN',
  'SLOT_FULL',
  'PAST_CUTOFF',
  'ALREADY_BOOKED',
  'NOT_ELIGIBLE',
  'MODE_UNAVAILABLE',
  'ALREADY_CANCELLED',
  'SEATS_BELOW_BOOKED',
  // help on request
  'ALREADY_TAKEN',
  'WRONG_STATUS',
  // events
  'EVENT_CANCELLED',
  'EVENT_STARTED',
  'SIGNUP_CLOSED',
  'AGE_OUT_OF_RANGE',
  'PARTY_TOO_LARGE',
  'ALREADY_SIGNED_UP',
  'NO_OFFER',
  'NOT_CONFIRMED',
  'ALREADY_CHECKED_IN',
  'CAPACITY_BELOW_TAKEN',
  'ALREADY_VOTED',
] as const;

/** A reason a mutation was refused. */
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** A refusal with the fields it concerns, as rules return it and the push reply carries it. */
export interface Rejection {
  code: RejectionCode;
  fields: string[];
  message: string;
  /** Facts a client may render in its own words, e.g. who checked a ticket in and when (events). */
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
