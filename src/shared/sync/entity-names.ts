/**
 * The names of every kind of row that syncs down, without their schemas: the client's sync code
 * needs only the names, and the schemas would weigh on the first screen. entities.ts pairs each
 * name with its schema and fails to compile if the two lists part.
 */
export const ENTITY_NAMES = [
  'community', 'member', 'canteen', 'dish', 'mealSlot', 'booking', 'serviceKind', 'helpRequest', 'helpContact', 'visitSchedule', 'event', 'signup', 'eventWish',
] as const;

/** A kind of synced row. */
export type EntityName = (typeof ENTITY_NAMES)[number];

/** Whether a value names a synced entity (rows of unknown kinds from a newer server are skipped). */
export function isEntityName(name: unknown): name is EntityName {
  return typeof name === 'string' && (ENTITY_NAMES as readonly string[]).includes(name);
}
