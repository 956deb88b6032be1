/** Codes with which events refuse a mutation; the client has words for each. */
export const EVENT_REJECTION_CODES = [
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

declare module '../rejection' {
  interface ServiceRejectionCodes extends Record<(typeof EVENT_REJECTION_CODES)[number], true> {}
}
