/** Codes with which the canteen refuses a mutation; the client has words for each. */
export const CANTEEN_REJECTION_CODES = [
  'SLOT_FULL',
  'PAST_CUTOFF',
  'ALREADY_BOOKED',
  'NOT_ELIGIBLE',
  'MODE_UNAVAILABLE',
  'ALREADY_CANCELLED',
  'SEATS_BELOW_BOOKED',
  'ALREADY_SERVED',
  'NOTHING_TO_COPY',
  'NOTHING_TO_PUBLISH',
  'ALREADY_PUBLISHED',
] as const;

declare module '../rejection' {
  interface ServiceRejectionCodes extends Record<(typeof CANTEEN_REJECTION_CODES)[number], true> {}
}
