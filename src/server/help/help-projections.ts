import { canSeeHelpContact, canSeeHelpRequest } from '../../shared/help/help-contact';
import { canActForResident, inScope, type Projection } from '../sync/projection';

/** Help's rows per viewer: the request's party and grantee come from its sync_rows scope. */
export const helpProjections: {
  serviceKind: Projection<'serviceKind'>; helpRequest: Projection<'helpRequest'>;
  helpContact: Projection<'helpContact'>; visitSchedule: Projection<'visitSchedule'>;
} = {
  serviceKind: (row, viewer) => inScope(row, viewer, row.communityId),
  helpRequest: (row, viewer, scope) =>
    scope.ownerId !== null && canSeeHelpRequest(viewer, row, { residentId: scope.ownerId, householdId: scope.householdId }) ? row : null,
  helpContact: (row, viewer, scope) => (canSeeHelpContact(viewer, row, scope.granteeId) ? row : null),
  visitSchedule: (row, viewer) =>
    canActForResident(viewer, row.residentId, row.householdId, row.communityId) ? row : null,
};
