/** The single row (id 1) whose version is the global change counter and write lock. */
export interface SyncStateTable {
  id: number;
  version: number;
}

/**
 * One entry per synced row: its latest change version and who may see it. owner_id null means
 * community-wide; otherwise the owner, their household and the community's staff see it.
 */
export interface SyncRowTable {
  entity: string;
  entity_id: string;
  version: number;
  community_id: string;
  household_id: string | null;
  owner_id: string | null;
  /**
   * Narrows a community-wide share to one role: members of the community with this role (and
   * its staff, and the owner's household) see the row; null means everyone in the community.
   */
  audience: string | null;
  /** One more person who may see a private row (a volunteer who took a request). */
  grantee_id: string | null;
  /** 0/1: the row is gone; pull sends a tombstone. */
  deleted: number;
}

/** Every mutation id applied or rejected, with its result (JSON), so a replay changes nothing. */
export interface MutationTable {
  id: string;
  user_id: string;
  name: string;
  result: string;
  created_at: string;
}

/**
 * A viewer who lost sight of a row (a grantee replaced or removed). Pull sends them a tombstone
 * at this version, which comes from the same counter as sync_rows, so cursors stay monotonic.
 */
export interface SyncRevocationTable {
  entity: string;
  entity_id: string;
  viewer_id: string;
  version: number;
}
