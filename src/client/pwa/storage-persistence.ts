/**
 * Asking the browser to keep this phone's data for good (navigator.storage.persist()). Without it
 * a phone short of space may delete IndexedDB, queued bookings included; it is asked after the
 * first queued change, when the reason is plain to the resident.
 */

/** The part of StorageManager used; absent in old browsers. */
export type PersistableStorage = Pick<StorageManager, 'persist' | 'persisted'>;

/** Whether to ask: the browser can keep data for good, does not yet, and the resident was not asked before. */
export async function shouldAskToPersist(storage: PersistableStorage | undefined, askedBefore: boolean): Promise<boolean> {
  if (askedBefore || typeof storage?.persist !== 'function' || typeof storage.persisted !== 'function') return false;
  return !(await storage.persisted());
}

/** Asks the browser to keep the data; some browsers decide by themselves, some ask the resident. */
export async function persistStorage(storage: PersistableStorage | undefined): Promise<boolean> {
  return storage ? storage.persist() : false;
}
