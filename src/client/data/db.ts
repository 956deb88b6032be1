/**
 * The browser database: every screen reads it, so the app works the same offline. The core's
 * tables and versions live in this file; each service declares its own tables and the version
 * that added them in its module (installed before the database opens), and its typed table
 * properties by declaration merging. Add a new version, never edit an old one.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { ENTITY_NAMES, type EntityName, type EntityRow } from '../../shared/sync/entities';
import { serviceStores } from './service-stores';
import type { MutationName } from '../../shared/sync/mutations';
import type { RejectionCode } from '../../shared/rejection';

/** A queued mutation; `acked` ones stay (and stay replayed) until the next pull has finished. */
export interface OutboxEntry {
  /** Local order of the queue; assigned by Dexie. */
  seq?: number;
  /** Client-made UUID that makes the push idempotent. */
  id: string;
  name: MutationName;
  args: unknown;
  createdAt: string;
  state: 'pending' | 'acked';
  /** Rows the optimistic write touched (`entity:id`), so screens can mark them as not yet synced. */
  touched: string[];
}

/** The server version of a row a queued mutation touched; `row` is null when it did not exist. */
export interface ShadowEntry {
  entity: EntityName;
  id: string;
  row: Record<string, unknown> | null;
}

/** A mutation the server refused, kept until the user has read why and dismissed it. */
export interface RejectionEntry {
  /** The refused mutation's id. */
  id: string;
  name: MutationName;
  args: unknown;
  code: RejectionCode;
  fields: string[];
  message: string;
  /** Facts the server sent with the refusal, e.g. who did it first and when. */
  detail?: Record<string, string>;
  /** When the refusal arrived (ISO instant). */
  at: string;
}

/** A local key/value setting: the pull cursor, the session, this device's client id. */
export interface MetaEntry {
  key: string;
  value: unknown;
}

/** Dexie database holding server rows (with queued mutations applied on top) and sync state. */
export class AppDb extends Dexie {
  community!: EntityTable<EntityRow<'community'>, 'id'>;
  member!: EntityTable<EntityRow<'member'>, 'id'>;
  /** Local only: queued mutations in the order they were made. */
  outbox!: Table<OutboxEntry, number>;
  /** Local only: pre-images of rows touched since the last rebase. */
  shadows!: Table<ShadowEntry, [EntityName, string]>;
  /** Local only: refused mutations the user has not dismissed. */
  rejections!: EntityTable<RejectionEntry, 'id'>;
  /** Local only: cursor, session, client id. */
  meta!: EntityTable<MetaEntry, 'key'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      community: 'id',
      member: 'id, communityId, householdId',
      // local only
      outbox: '++seq, &id, state',
      // local only
      shadows: '[entity+id]',
      // local only
      rejections: 'id, at',
      // local only
      meta: 'key',
    });
    for (const { version, stores } of serviceStores()) this.version(version).stores(stores);
  }

  /** The Dexie table holding one synced entity's rows. */
  entityTable(entity: EntityName): Table<Record<string, unknown>, string> {
    return this.table(entity);
  }

  /** Every synced entity table, for transactions that rebase or clear all of them. */
  entityTables(): Table[] {
    return ENTITY_NAMES.map((entity) => this.table(entity));
  }
}

/** Opens (lazily, on first query) the app database; tests pass their own name for isolation. */
export function openAppDb(name = 'linlitong'): AppDb {
  return new AppDb(name);
}
