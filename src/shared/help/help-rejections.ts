/** Codes with which help on request refuses a mutation; the client has words for each. */
export const HELP_REJECTION_CODES = ['ALREADY_TAKEN', 'WRONG_STATUS'] as const;

declare module '../rejection' {
  interface ServiceRejectionCodes extends Record<(typeof HELP_REJECTION_CODES)[number], true> {}
}
