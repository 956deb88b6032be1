import type * as v from 'valibot';

/**
 * A service's synced rows: their names at run time, their schemas as types only. Nothing checks
 * a synced row against its schema at run time, and the schemas would weigh on the first screen.
 */
export interface EntityList<M extends Record<string, v.GenericSchema>> {
  readonly names: readonly (keyof M & string)[];
  /** Never set: carries the schemas' types to the protocol's EntityRow. */
  readonly schemas?: M;
}

/**
 * Lists a service's synced rows, typed by their schemas (`typeof canteenSchema`, imported as a
 * type). Every key must be listed, so names and schemas cannot part.
 */
export function entities<M extends Record<string, v.GenericSchema>>(names: { readonly [K in keyof M]: true }): EntityList<M> {
  return { names: Object.keys(names) as (keyof M & string)[] };
}

/**
 * What one service declares in the shared world: the rows it syncs down, its mutations (name and
 * argument schema) and the codes with which it refuses them. The protocol's lists are the core's
 * plus every registered service's (see services.ts).
 */
export interface SharedService {
  entities: { readonly names: readonly string[]; readonly schemas?: Readonly<Record<string, v.GenericSchema>> };
  mutations: Readonly<Record<string, v.GenericSchema>>;
  rejections: readonly string[];
}

/** Declares a service's shared half, keeping its exact names for the registries' types. */
export function defineSharedService<const S extends SharedService>(service: S): S {
  return service;
}
