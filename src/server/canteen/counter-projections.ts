import { isCarrierOf } from '../../shared/canteen/delivery';
import { canActForResident, type Projection } from '../sync/projection';

/**
 * What each viewer sees of the counter's rows: only the diner, their household and the canteen's
 * staff, never other residents or volunteers (a diet note is health data; a serving, what a
 * household paid). The SQL scope already says so; this is the second look.
 */
export const counterProjections: {
  mealServing: Projection<'mealServing'>; dietNote: Projection<'dietNote'>; standingOrder: Projection<'standingOrder'>;
  deliveryProfile: Projection<'deliveryProfile'>; mealDelivery: Projection<'mealDelivery'>;
} = {
  mealServing: (row, viewer) => (canActForResident(viewer, row.dinerId, row.householdId, row.communityId) ? row : null),
  dietNote: (row, viewer) => (canActForResident(viewer, row.residentId, row.householdId, row.communityId) ? row : null),
  standingOrder: (row, viewer) => (canActForResident(viewer, row.dinerId, row.householdId, row.communityId) ? row : null),
  deliveryProfile: (row, viewer) => (canActForResident(viewer, row.residentId, row.householdId, row.communityId) ? row : null),
  // the stop carries no id of the diner: their scope does (owner and household)
  mealDelivery: (row, viewer, scope) =>
    isCarrierOf(viewer, row.communityId) || (scope.ownerId !== null && canActForResident(viewer, scope.ownerId, scope.householdId, row.communityId)) ? row : null,
};
