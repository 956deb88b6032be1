/** Codes with which accounts refuse a mutation; the client has words for each. */
export const ACCOUNTS_REJECTION_CODES = ['CARD_ALREADY_REVOKED', 'LINK_ANSWERED', 'ALREADY_LINKED', 'PHONE_TAKEN'] as const;

declare module '../rejection' {
  interface ServiceRejectionCodes extends Record<(typeof ACCOUNTS_REJECTION_CODES)[number], true> {}
}
