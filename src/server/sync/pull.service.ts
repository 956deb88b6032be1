import type { ExpressionBuilder, Kysely } from 'kysely';
import { actorFor, type Actor } from '../../shared/member';
import { SERVICES as SHARED_SERVICES, serviceOf, type ServiceName } from '../../shared/services';
import { CORE_ENTITY_NAMES } from '../../shared/sync/entities';
import { isStaffRole } from '../../shared/role';
import { ENTITY_NAMES, type EntityName, type EntityRow } from '../../shared/sync/entities';
import { cursorVersion, type Change, type PullResponse } from '../../shared/sync/protocol';
import type { Database } from '../db/schema';
import type { SyncRowTable } from './sync.table';
import { entityLoaders } from './entity-loaders';
import { coreProjections, type Projection } from './projection';
import { SERVICES } from '../services';
import { scopeAdmits, scopeKey, scopeOf, type RowScope } from './sync-scope';

/** Every row of the communities a staff member serves, or, if limited to one service, of that service (and the core's). */
function staffRows(eb: ExpressionBuilder<Database, 'sync_rows'>, viewer: Actor) {
  const inCommunities = eb('community_id', 'in', viewer.communityIds);
  if (!viewer.staffOf) return inCommunities;
  const limited = SHARED_SERVICES[viewer.staffOf as ServiceName]?.entities.names ?? [];
  return eb.and([inCommunities, eb('entity', 'in', [...CORE_ENTITY_NAMES, ...limited])]);
}

/**
 * The sync_rows entries after a cursor that the viewer's scope admits: community-wide rows of
 * their communities (narrowed to one role when the row has an audience), private rows of
 * themselves, their household or granted to them, and for staff every row of the communities
 * they serve. scopeAdmits is the same test in code.
 */
async function scopedEntries(db: Kysely<Database>, viewer: Actor, cursor: number, limit: number): Promise<SyncRowTable[]> {
  return db
    .selectFrom('sync_rows')
    .selectAll()
    .where('version', '>', cursor)
    .where((eb) =>
      eb.or([
        eb.and([eb('community_id', 'in', viewer.communityIds), eb('owner_id', 'is', null), eb('audience', 'is', null)]),
        eb.and([eb('community_id', 'in', viewer.communityIds), eb('audience', '=', viewer.role)]),
        ...(isStaffRole(viewer.role) ? [staffRows(eb, viewer)] : []),
        eb('owner_id', '=', viewer.id),
        eb('grantee_id', '=', viewer.id),
        ...(viewer.householdId !== null ? [eb('household_id', '=', viewer.householdId)] : []),
      ]),
    )
    .orderBy('version')
    .limit(limit + 1)
    .execute();
}

/**
 * Revocations of this viewer after the cursor, as sync_rows entries at the revocation's
 * version: if the row's current scope still admits the viewer (say, through their household)
 * it is sent as usual, otherwise as a tombstone.
 */
async function revokedEntries(db: Kysely<Database>, viewer: Actor, cursor: number, limit: number): Promise<SyncRowTable[]> {
  const found = await db
    .selectFrom('sync_revocations as r')
    .leftJoin('sync_rows as s', (join) => join.onRef('s.entity', '=', 'r.entity').onRef('s.entity_id', '=', 'r.entity_id'))
    .select(['r.entity', 'r.entity_id', 'r.version', 's.community_id', 's.household_id', 's.owner_id', 's.audience', 's.grantee_id', 's.deleted'])
    .where('r.viewer_id', '=', viewer.id)
    .where('r.version', '>', cursor)
    .orderBy('r.version')
    .limit(limit + 1)
    .execute();
  return found.map((r) => {
    const entry: SyncRowTable = {
      entity: r.entity, entity_id: r.entity_id, version: r.version, community_id: r.community_id ?? '',
      household_id: r.household_id, owner_id: r.owner_id, audience: r.audience, grantee_id: r.grantee_id, deleted: r.deleted ?? 1,
    };
    return r.community_id !== null && scopeAdmits(entry, actorFor(viewer, serviceOf({ entity: r.entity }))) ? entry : { ...entry, deleted: 1 };
  });
}

/** Both streams as one, ordered by version (versions are unique across them). */
async function changedEntries(db: Kysely<Database>, viewer: Actor, cursor: number, limit: number): Promise<SyncRowTable[]> {
  const [rows, revoked] = await Promise.all([
    scopedEntries(db, viewer, cursor, limit),
    revokedEntries(db, viewer, cursor, limit),
  ]);
  if (revoked.length === 0) return rows;
  return [...rows, ...revoked].sort((a, b) => Number(a.version) - Number(b.version)).slice(0, limit + 1);
}

/** Loads the current rows of the entries, keyed by entity and id. */
async function loadRows(db: Kysely<Database>, entries: SyncRowTable[]): Promise<Map<string, unknown>> {
  const rows = new Map<string, unknown>();
  for (const entity of ENTITY_NAMES) {
    const ids = entries.filter((e) => e.entity === entity && e.deleted === 0).map((e) => e.entity_id);
    // most pages touch a few kinds of row: ask only for those, whatever each loader does with none
    if (ids.length === 0) continue;
    for (const row of await entityLoaders[entity](db, ids)) rows.set(`${entity}:${row.id}`, row);
  }
  return rows;
}

/** The projection of every synced entity: the core's and every registered service's. */
const projections = Object.assign(
  {},
  coreProjections,
  ...Object.values(SERVICES).map((service) => service.projections),
) as { [E in EntityName]: Projection<E> };

/** Projects one row for the viewer; typed per entity so a projection sees its own row type. */
export function project<E extends EntityName>(
  entity: E, row: EntityRow<E>, viewer: Actor, scope: RowScope,
): EntityRow<E> | null {
  return projections[entity](row, viewer, scope);
}

/**
 * One page of changes after a cursor, for one viewer. A deleted entry, a vanished row or a row
 * the projection hides becomes a tombstone; the cursor is the last version in the page and the
 * viewer's scope key. A cursor made for another scope (a volunteer moved out, staff made a
 * resident) starts over from nothing with `reset`, so the client drops what it may no longer see.
 */
export async function pullChanges(db: Kysely<Database>, viewer: Actor, cursor: string, limit: number): Promise<PullResponse> {
  const key = scopeKey(viewer);
  const [, cursorKey] = cursor.split('.');
  const reset = cursorVersion(cursor) > 0 && cursorKey !== key;
  const from = reset ? 0 : cursorVersion(cursor);
  const found = await changedEntries(db, viewer, from, limit);
  const entries = found.slice(0, limit);
  const rows = await loadRows(db, entries);
  const changes: Change[] = entries.map((e) => {
    const entity = e.entity as EntityName;
    const row = rows.get(`${entity}:${e.entity_id}`) as EntityRow<EntityName> | undefined;
    const asViewer = actorFor(viewer, serviceOf({ entity }));
    const visible = row === undefined || e.deleted === 1 ? null : project(entity, row, asViewer, scopeOf(e));
    return visible === null
      ? { entity, id: e.entity_id, op: 'del' }
      : { entity, id: e.entity_id, op: 'put', row: visible as unknown as Record<string, unknown> };
  });
  const last = entries.at(-1);
  return {
    cursor: `${last ? Number(last.version) : from}.${key}`,
    hasMore: found.length > limit,
    changes,
    ...(reset ? { reset: true as const } : {}),
  };
}
