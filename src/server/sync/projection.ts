import { canActFor, type Actor } from '../../shared/member';
import { isStaffRole } from '../../shared/role';
import type { EntityName, EntityRow } from '../../shared/sync/entities';
import type { RowScope } from './sync-scope';

/**
 * Decides what one viewer sees of a row: the row (maybe trimmed) or null for "send a tombstone".
 * The SQL scope filter already narrowed the rows; this is the second, row-level look (and where
 * a cancelled booking turns into a tombstone). It gets the row's sync_rows scope, so a service
 * can apply its shared visibility rules without the public row carrying any personal id.
 */
export type Projection<E extends EntityName> = (row: EntityRow<E>, viewer: Actor, scope: RowScope) => EntityRow<E> | null;

/** Whether the viewer serves a community as staff or administrator. */
export function servesCommunity(viewer: Actor, communityId: string): boolean {
  return isStaffRole(viewer.role) && viewer.communityIds.includes(communityId);
}

/** The resident, their household, or staff serving their community. */
export function canActForResident(viewer: Actor, id: string, householdId: string | null, communityId: string): boolean {
  return canActFor(viewer, { id, householdId, communityId });
}

/** Community-wide rows: anyone whose communities include it. */
export function inScope<T>(row: T, viewer: Actor, communityId: string): T | null {
  return viewer.communityIds.includes(communityId) ? row : null;
}

/** Projections of the rows every service builds on: communities and people. */
export const coreProjections: { community: Projection<'community'>; member: Projection<'member'> } = {
  community: (row, viewer) => (viewer.communityIds.includes(row.id) ? row : null),
  member: (row, viewer) => {
    const sameHousehold = viewer.householdId !== null && row.householdId === viewer.householdId;
    return row.id === viewer.id || sameHousehold || servesCommunity(viewer, row.communityId) ? row : null;
  },
};
