import { createHash } from 'node:crypto';
import type { Actor } from '../../shared/member';
import { isStaffRole } from '../../shared/role';
import type { SyncRowTable } from './sync.table';

/** Who may see a row, as its sync_rows entry says; projections get it for their second look. */
export interface RowScope {
  communityId: string;
  householdId: string | null;
  ownerId: string | null;
  audience: string | null;
  granteeId: string | null;
}

/** The scope columns of a sync_rows entry. */
export function scopeOf(entry: Pick<SyncRowTable, 'community_id' | 'household_id' | 'owner_id' | 'audience' | 'grantee_id'>): RowScope {
  return { communityId: entry.community_id, householdId: entry.household_id, ownerId: entry.owner_id, audience: entry.audience, granteeId: entry.grantee_id };
}

/**
 * Whether an entry's scope admits a viewer; the same test as pull's SQL filter, for entries
 * reached another way (a revocation whose viewer may still see the row through their household).
 * Community-wide rows: everyone in the community, or with an audience only that role; private
 * rows: owner, household, grantee; staff: everything of the communities they serve.
 */
export function scopeAdmits(entry: Pick<SyncRowTable, 'community_id' | 'household_id' | 'owner_id' | 'audience' | 'grantee_id'>, viewer: Actor): boolean {
  const inCommunity = viewer.communityIds.includes(entry.community_id);
  if (inCommunity && isStaffRole(viewer.role)) return true;
  if (inCommunity && entry.owner_id === null && entry.audience === null) return true;
  if (inCommunity && entry.audience !== null && entry.audience === viewer.role) return true;
  if (entry.owner_id === viewer.id || entry.grantee_id === viewer.id) return true;
  return viewer.householdId !== null && entry.household_id === viewer.householdId;
}

/**
 * A short fingerprint of everything about a viewer that decides which rows they see and how
 * (role, communities, household): pull puts it in the cursor, and a cursor made for another
 * scope starts the client over (see PullResponse.reset). Anything new that narrows what a viewer
 * sees must join it.
 */
export function scopeKey(viewer: Actor): string {
  // a staff limit joins only when set, so the keys (and cursors) of everyone else stay as they were
  const scope = JSON.stringify([viewer.role, [...viewer.communityIds].sort(), viewer.householdId, ...(viewer.staffOf ? [viewer.staffOf] : [])]);
  return createHash('sha256').update(scope).digest('base64url').slice(0, 16);
}
