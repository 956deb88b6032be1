import { canActForResident, type Projection } from '../sync/projection';

/**
 * What each viewer sees of the counter's rows: only the diner, their household and the canteen's
 * staff, never other residents or volunteers (a diet note is health data; a serving, what a
 * household paid). The SQL scope already says so; this is the second look.
 */
export const counterProjections: {
  mealServing: Projection<'mealServing'>; dietNote: Projection<'dietNote'>; standingOrder: Projection<'standingOrder'>;
} = {
  mealServing: (row, viewer) => (canActForResident(viewer, row.dinerId, row.householdId, row.communityId) ? row : null),
  dietNote: (row, viewer) => (canActForResident(viewer, row.residentId, row.householdId, row.communityId) ? row : null),
  standingOrder: (row, viewer) => (canActForResident(viewer, row.dinerId, row.householdId, row.communityId) ? row : null),
};
