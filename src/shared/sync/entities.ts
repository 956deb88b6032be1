import type * as v from 'valibot';
import type { communitySchema } from '../community';
import type { memberSchema } from '../member';
import { SERVICES, type ServiceName } from '../services';

/** The rows every service builds on: communities and people. */
type CoreEntities = { community: typeof communitySchema; member: typeof memberSchema };
/** The core's synced rows, which every service builds on. */
export const CORE_ENTITY_NAMES: readonly (keyof CoreEntities)[] = ['community', 'member'];

type Services = typeof SERVICES;
type EntitiesOf<S extends ServiceName> = NonNullable<Services[S]['entities']['schemas']>;

/** A kind of synced row: the core's or some registered service's. */
export type EntityName = keyof CoreEntities | { [S in ServiceName]: keyof EntitiesOf<S> & string }[ServiceName];

type EntitySchema<E extends EntityName> = E extends keyof CoreEntities
  ? CoreEntities[E]
  : { [S in ServiceName]: E extends keyof EntitiesOf<S> ? EntitiesOf<S>[E] : never }[ServiceName];

/** One synced row of a kind, as its shared schema shapes it. */
export type EntityRow<E extends EntityName> = v.InferOutput<EntitySchema<E>>;

/** The names of every synced entity: the core's, then each registered service's. */
export const ENTITY_NAMES: readonly EntityName[] = [
  ...CORE_ENTITY_NAMES,
  ...Object.values(SERVICES).flatMap((service): readonly EntityName[] => service.entities.names),
];

/** Whether a value names a synced entity (rows of unknown kinds from a newer server are skipped). */
export function isEntityName(name: unknown): name is EntityName {
  return typeof name === 'string' && (ENTITY_NAMES as readonly string[]).includes(name);
}
