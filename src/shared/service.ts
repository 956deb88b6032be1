import type * as v from 'valibot';

/**
 * What one service declares in the shared world: the rows it syncs down (name and schema), its
 * mutations (name and argument schema) and the codes with which it refuses them. The protocol's
 * lists are the core's plus every registered service's (see services.ts).
 */
export interface SharedService {
  entities: Readonly<Record<string, v.GenericSchema>>;
  mutations: Readonly<Record<string, v.GenericSchema>>;
  rejections: readonly string[];
}

/** Declares a service's shared half, keeping its exact names for the registries' types. */
export function defineSharedService<const S extends SharedService>(service: S): S {
  return service;
}
