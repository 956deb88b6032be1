import type { Kysely } from 'kysely';
import type { Actor } from '../../shared/member';
import { isStaffRole } from '../../shared/role';
import { ENTITY_NAMES, type EntityName, type EntityRow } from '../../shared/sync/entities';
import type { Change, PullResponse } from '../../shared/sync/protocol';
import type { Database } from '../db/schema';
import type { SyncRowTable } from './sync.table';
import { entityLoaders } from './entity-loaders';
import { makeProjections } from './projection';

/**
 * The sync_rows entries after a cursor that the viewer's scope admits: community-wide rows of
 * their communities, private rows of themselves or their household, and for staff every
 * private row of the communities they serve.
 */
async function scopedEntries(db: Kysely<Database>, viewer: Actor, cursor: number, limit: number): Promise<SyncRowTable[]> {
  return db
    .selectFrom('sync_rows')
    .selectAll()
    .where('version', '>', cursor)
    .where((eb) =>
      eb.or([
        eb.and([eb('community_id', 'in', viewer.communityIds), eb('owner_id', 'is', null)]),
        ...(isStaffRole(viewer.role) ? [eb('community_id', 'in', viewer.communityIds)] : []),
        eb('owner_id', '=', viewer.id),
        ...(viewer.householdId !== null ? [eb('household_id', '=', viewer.householdId)] : []),
      ]),
    )
    .orderBy('version')
    .limit(limit + 1)
    .execute();
}

/** Loads the current rows of the entries, keyed by entity and id. */
async function loadRows(db: Kysely<Database>, entries: SyncRowTable[]): Promise<Map<string, unknown>> {
  const rows = new Map<string, unknown>();
  for (const entity of ENTITY_NAMES) {
    const ids = entries.filter((e) => e.entity === entity && e.deleted === 0).map((e) => e.entity_id);
    for (const row of await entityLoaders[entity](db, ids)) rows.set(`${entity}:${row.id}`, row);
  }
  return rows;
}

/** Community of every canteen a page mentions, so dishes can be scoped without another query per dish. */
async function canteenCommunities(db: Kysely<Database>, rows: Map<string, unknown>): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const [key, row] of rows) if (key.startsWith('dish:')) ids.add((row as EntityRow<'dish'>).canteenId);
  if (ids.size === 0) return new Map();
  const found = await db.selectFrom('canteens').select(['id', 'community_id']).where('id', 'in', [...ids]).execute();
  return new Map(found.map((c) => [c.id, c.community_id]));
}

/** Projects one row for the viewer; typed per entity so a projection sees its own row type. */
function project<E extends EntityName>(
  entity: E, row: EntityRow<E>, viewer: Actor, projections: ReturnType<typeof makeProjections>,
): EntityRow<E> | null {
  return projections[entity](row, viewer);
}

/**
 * One page of changes after a cursor, for one viewer. A deleted entry, a vanished row or a row
 * the projection hides becomes a tombstone; the cursor is the last version in the page.
 */
export async function pullChanges(db: Kysely<Database>, viewer: Actor, cursor: number, limit: number): Promise<PullResponse> {
  const found = await scopedEntries(db, viewer, cursor, limit);
  const entries = found.slice(0, limit);
  const rows = await loadRows(db, entries);
  const communities = await canteenCommunities(db, rows);
  const projections = makeProjections((canteenId) => communities.get(canteenId));
  const changes: Change[] = entries.map((e) => {
    const entity = e.entity as EntityName;
    const row = rows.get(`${entity}:${e.entity_id}`) as EntityRow<EntityName> | undefined;
    const visible = row === undefined ? null : project(entity, row, viewer, projections);
    return visible === null
      ? { entity, id: e.entity_id, op: 'del' }
      : { entity, id: e.entity_id, op: 'put', row: visible as unknown as Record<string, unknown> };
  });
  const last = entries.at(-1);
  return { cursor: String(last ? Number(last.version) : cursor), hasMore: found.length > limit, changes };
}
