/** The accounts pages: one's own account, and staff's office desk for cards, residents and households. */
export const ACCOUNT_PATHS = {
  account: '/account',
  office: '/account/office',
  audit: '/account/audit',
} as const;

/** The printable page of one service card. */
export function cardPrintPath(cardId: string): string {
  return `/account/cards/${encodeURIComponent(cardId)}`;
}
