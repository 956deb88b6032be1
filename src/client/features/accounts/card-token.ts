/**
 * The secret of a service card, made on the printing phone. Only its SHA-256 is queued for the
 * server; the token itself goes onto the paper and stays in this tab's memory (never in IndexedDB)
 * so the card can be printed again until the page is closed.
 */

const tokens = new Map<string, string>();

/** A fresh card token: 32 random bytes, base64url (43 characters). */
export function newCardToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The SHA-256 of a token as lowercase hex, as the server stores it. */
export async function hashCardToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Keeps a card's token for printing (again) while this tab lives. */
export function rememberCardToken(cardId: string, token: string): void {
  tokens.set(cardId, token);
}

/** The token of a card issued in this tab, or undefined once the tab was closed or reloaded. */
export function cardTokenOf(cardId: string): string | undefined {
  return tokens.get(cardId);
}
