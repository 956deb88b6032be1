import type { FastifyInstance } from 'fastify';
import type { Kysely, Migration, Transaction } from 'kysely';
import type { SharedService } from '../shared/service';
import type { EntityName, EntityRow } from '../shared/sync/entities';
import type { MutationName } from '../shared/sync/mutations';
import type { Database } from './db/schema';
import type { ChangeRecorder } from './db/write-transaction';
import type { MutationHandler, MutationObserver } from './sync/mutation-context';
import type { PokeHub } from './sync/poke-hub';
import type { Projection } from './sync/projection';

/** The synced rows a shared service declares, by name. */
type EntitiesOf<S extends SharedService> = NonNullable<S['entities']['schemas']>;

/** Loads the current rows of one entity by id, as the shared schema shapes them. */
export type Loader<E extends EntityName> = (db: Kysely<Database>, ids: readonly string[]) => Promise<EntityRow<E>[]>;

/** What a background job gets: the database, the clock, the poke hub, and where to report failures. */
export interface JobDeps {
  db: Kysely<Database>;
  now: () => Date;
  pokeHub: PokeHub;
  onError: (err: unknown) => void;
}

/** What a service's routes get: the database and the clock. */
export interface RouteDeps {
  db: Kysely<Database>;
  now: () => Date;
}

/** A recurring job of a service: `start` runs it on its own timer and returns what stops it. */
export interface Job {
  /** Names the job in the log when a run fails. */
  name: string;
  start: (deps: JobDeps) => () => void;
}

/** A person's data across every service, for their own copy and for forgetting them (see member/personal-data.ts). */
export interface PersonalData {
  /** Every synced row the person owns, as they themselves see it, by entity. */
  ownRows: (db: Kysely<Database>, viewer: import('../shared/member').Actor) => Promise<Record<string, unknown[]>>;
  /** Has every service remove what identifies the person from its rows, in the caller's transaction. */
  forgetInServices: (trx: Transaction<Database>, record: ChangeRecorder, memberId: string, now: Date) => Promise<void>;
}

/** What a service's HTTP routes get: the database, where files live, the clock, the poke hub, whether cookies are Secure, and everyone's personal data. */
export interface RouteDeps {
  db: Kysely<Database>;
  /** DATA_DIR: the folder the server keeps files in (uploads). */
  dataDir: string;
  now: () => Date;
  pokeHub: PokeHub;
  secureCookies: boolean;
  personalData: PersonalData;
}

/**
 * What one service brings to the server, typed by its shared half: a handler for each of its
 * mutations, a loader and a projection for each of its synced rows (a missing one fails to
 * compile), and optionally its migrations (named by timestamp, run in name order with the
 * core's), recurring jobs, its own HTTP routes and demo data. Its tables join `Database` by declaration merging.
 */
export interface ServerService<S extends SharedService> {
  handlers: { [N in keyof S['mutations']]: N extends MutationName ? MutationHandler<N> : never };
  loaders: { [E in keyof EntitiesOf<S>]: E extends EntityName ? Loader<E> : never };
  projections: { [E in keyof EntitiesOf<S>]: E extends EntityName ? Projection<E> : never };
  migrations?: Readonly<Record<string, Migration>>;
  jobs?: readonly Job[];
  /** Hears every applied mutation of any service, inside its transaction (an audit log). */
  onMutationApplied?: MutationObserver;
  /**
   * HTTP routes beside sync, for what is not a synced row or cannot wait in a queue (uploads and
   * files, logging in with a card, a data export), registered after the core's; they validate,
   * call a service and map errors, like the core's.
   */
  routes?: (app: FastifyInstance, deps: RouteDeps) => void;
  /** Paths of those routes that answer without a session (a login method). */
  publicPaths?: readonly string[];
  /**
   * Removes what identifies a person who deleted their data from this service's rows (names,
   * addresses, numbers, notes), keeping the rows themselves so the community's figures stay.
   */
  forgetMember?: (trx: Transaction<Database>, record: ChangeRecorder, memberId: string, now: Date) => Promise<void>;
  /** Adds the service's demo rows that are missing; runs at every demo start, so it must be idempotent. */
  seedDemo?: (trx: Transaction<Database>, record: ChangeRecorder, now: Date) => Promise<void>;
}

/** Declares a service's server half against its shared half. */
export function defineServerService<S extends SharedService>(_shared: S, service: ServerService<S>): ServerService<S> {
  return service;
}
