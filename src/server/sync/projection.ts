import { canActFor, type Actor } from '../../shared/member';
import { isStaffRole } from '../../shared/role';
import type { EntityName, EntityRow } from '../../shared/sync/entities';
import type { RowScope } from './sync-scope';
// help on request
import { canSeeHelpContact, canSeeHelpRequest } from '../../shared/help/help-contact';

/** Decides what one viewer sees of a row: the row (maybe trimmed) or null for "send a tombstone". */
type Projection<E extends EntityName> = (row: EntityRow<E>, viewer: Actor, scope: RowScope) => EntityRow<E> | null;

/** Whether the viewer serves a community as staff or administrator. */
function servesCommunity(viewer: Actor, communityId: string): boolean {
  return isStaffRole(viewer.role) && viewer.communityIds.includes(communityId);
}

/** The resident, their household, or staff serving their community. */
function canActForResident(viewer: Actor, id: string, householdId: string | null, communityId: string): boolean {
  return canActFor(viewer, { id, householdId, communityId });
}

/** Community-wide rows: anyone whose communities include it. */
function inScope<T>(row: T, viewer: Actor, communityId: string): T | null {
  return viewer.communityIds.includes(communityId) ? row : null;
}

/**
 * Per-viewer projection of each entity. The SQL scope filter already narrowed the rows; this is
 * the second, row-level look (and where a cancelled booking turns into a tombstone).
 */
export function makeProjections(
  communityOfCanteen: (canteenId: string) => string | undefined,
): { [E in EntityName]: Projection<E> } {
  return {
    community: (row, viewer) => (viewer.communityIds.includes(row.id) ? row : null),
    member: (row, viewer) => {
      const sameHousehold = viewer.householdId !== null && row.householdId === viewer.householdId;
      return row.id === viewer.id || sameHousehold || servesCommunity(viewer, row.communityId) ? row : null;
    },
    canteen: (row, viewer) => inScope(row, viewer, row.communityId),
    dish: (row, viewer) => {
      const communityId = communityOfCanteen(row.canteenId);
      return communityId === undefined ? null : inScope(row, viewer, communityId);
    },
    mealSlot: (row, viewer) => inScope(row, viewer, row.communityId),
    booking: (row, viewer) => {
      if (row.status === 'cancelled') return null;
      const mine = row.dinerId === viewer.id || row.bookedById === viewer.id;
      const household = viewer.householdId !== null && row.householdId === viewer.householdId;
      return mine || household || servesCommunity(viewer, row.communityId) ? row : null;
    },
    // help on request: the request's party and grantee come from its sync_rows scope
    serviceKind: (row, viewer) => inScope(row, viewer, row.communityId),
    helpRequest: (row, viewer, scope) =>
      scope.ownerId !== null && canSeeHelpRequest(viewer, row, { residentId: scope.ownerId, householdId: scope.householdId }) ? row : null,
    helpContact: (row, viewer, scope) => (canSeeHelpContact(viewer, row, scope.granteeId) ? row : null),
    visitSchedule: (row, viewer) =>
      canActForResident(viewer, row.residentId, row.householdId, row.communityId) ? row : null,
    // events: the calendar is community-wide; a party's details only reach its household and staff
    event: (row, viewer) => inScope(row, viewer, row.communityId),
    signup: (row, viewer) => {
      if (row.status === 'cancelled') return null;
      const household = viewer.householdId !== null && row.householdId === viewer.householdId;
      return row.bookedById === viewer.id || household || servesCommunity(viewer, row.communityId) ? row : null;
    },
    // votes are counted for all, but nobody learns who else voted
    eventWish: (row, viewer) =>
      inScope({ ...row, voterIds: row.voterIds.filter((id) => id === viewer.id) }, viewer, row.communityId),
  };
}
