/**
 * Where a card's QR code points: the app's card page, with the token after `#`, so it never
 * reaches a server log, a proxy or a Referer; the page itself sends it, once, in a POST body.
 * Kept apart from the card's schemas so the shell can route to it without loading them.
 */
export const CARD_PATH = '/card';

/** The link printed on a card, for the app at `origin`. */
export function cardLink(origin: string, token: string): string {
  return `${origin}${CARD_PATH}#${token}`;
}
