import type { Projection } from '../sync/projection';
import { canActForResident, servesCommunity } from '../sync/projection';

/**
 * Cards reach their holder, the holder's household and staff of their community. A link reaches
 * its requester (who learns the parent's name only once accepted), the parent, and staff.
 */
export const accountsProjections: { serviceCard: Projection<'serviceCard'>; householdLink: Projection<'householdLink'> } = {
  serviceCard: (row, viewer, scope) => (canActForResident(viewer, row.memberId, scope.householdId, row.communityId) ? row : null),
  householdLink: (row, viewer) => {
    if (viewer.id === row.parentId || servesCommunity(viewer, row.communityId)) return row;
    return row.status === 'accepted' ? row : { ...row, parentId: null, parentName: null };
  },
};
