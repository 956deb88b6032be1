import type * as v from 'valibot';
import { communitySchema } from '../community';
import { memberSchema } from '../member';
import { SERVICES, type ServiceName } from '../services';

/** The rows every service builds on: communities and people. */
const coreEntities = { community: communitySchema, member: memberSchema } as const;

type Services = typeof SERVICES;
type EntitiesOf<S extends ServiceName> = Services[S]['entities'];

/** A kind of synced row: the core's or some registered service's. */
export type EntityName = keyof typeof coreEntities | { [S in ServiceName]: keyof EntitiesOf<S> & string }[ServiceName];

type EntitySchema<E extends EntityName> = E extends keyof typeof coreEntities
  ? (typeof coreEntities)[E]
  : { [S in ServiceName]: E extends keyof EntitiesOf<S> ? EntitiesOf<S>[E] : never }[ServiceName];

/** Every kind of row that syncs down to clients, with its schema: the core's, then each service's. */
export const entitySchemas = Object.assign(
  {},
  coreEntities,
  ...Object.values(SERVICES).map((service) => service.entities),
) as { readonly [E in EntityName]: EntitySchema<E> };

/** The names of every synced entity, core first. */
export const ENTITY_NAMES = Object.keys(entitySchemas) as EntityName[];

/** Whether a value names a synced entity (rows of unknown kinds from a newer server are skipped). */
export function isEntityName(name: unknown): name is EntityName {
  return typeof name === 'string' && Object.hasOwn(entitySchemas, name);
}

export type EntityRow<E extends EntityName> = v.InferOutput<EntitySchema<E>>;
