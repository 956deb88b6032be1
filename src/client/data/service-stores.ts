/** One Dexie schema version of a service's tables: table name to index spec, as `Dexie.stores` takes it. */
export interface StoreVersion {
  version: number;
  stores: Readonly<Record<string, string>>;
}

const installed: StoreVersion[] = [];

/** Adds a service's tables to every database opened afterwards; the registry calls it at start-up. */
export function installStores(versions: readonly StoreVersion[]): void {
  installed.push(...versions);
}

/** The services' table versions installed so far. */
export function serviceStores(): readonly StoreVersion[] {
  return installed;
}
