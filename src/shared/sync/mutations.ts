import type * as v from 'valibot';
import { SERVICES, type ServiceName } from '../services';

type Services = typeof SERVICES;
type MutationsOf<S extends ServiceName> = Services[S]['mutations'];

/** A mutation a client may queue: one of some registered service's. */
export type MutationName = { [S in ServiceName]: keyof MutationsOf<S> & string }[ServiceName];

/** The argument schema of one mutation, found in whichever service declares it. */
type ArgsSchema<N extends MutationName> = {
  [S in ServiceName]: N extends keyof MutationsOf<S> ? MutationsOf<S>[N] : never;
}[ServiceName];

/**
 * Every mutation a client may queue, with the schema of its arguments, gathered from the
 * registered services. The client's optimistic mutators and the server's authoritative handlers
 * are both keyed by these names, so a service adding a mutation makes both sides fail to compile
 * until they handle it.
 */
export const mutationArgsSchemas = Object.assign(
  {},
  ...Object.values(SERVICES).map((service) => service.mutations),
) as { readonly [N in MutationName]: ArgsSchema<N> };

export type MutationArgs<N extends MutationName> = v.InferOutput<ArgsSchema<N>>;
export const MUTATION_NAMES = Object.keys(mutationArgsSchemas) as MutationName[];

/** Whether a string names a known mutation. */
export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(mutationArgsSchemas, name);
}
