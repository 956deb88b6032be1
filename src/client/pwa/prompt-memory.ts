/**
 * Remembers on this phone which offers the resident already answered, so each is made once.
 * Kept in localStorage, not IndexedDB: it is a preference of the device, not of the logged-in person.
 */

/** The offers that are made once. */
export type OfferName = 'persist' | 'install';

const PREFIX = 'linlitong.answered.';

/** Whether the resident answered the offer before. */
export function wasAnswered(name: OfferName, storage: Storage = localStorage): boolean {
  return storage.getItem(PREFIX + name) !== null;
}

/** Records that the resident answered the offer. */
export function rememberAnswered(name: OfferName, storage: Storage = localStorage): void {
  storage.setItem(PREFIX + name, new Date().toISOString());
}
