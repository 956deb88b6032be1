import { inScope, servesCommunity, type Projection } from '../sync/projection';

/**
 * What each viewer sees of the canteen's rows: menus community-wide, bookings only their own
 * household's. Draft meals, and dishes no published menu has shown, are the community staff's
 * alone: pull's scope filter already keeps them from everyone else (audience 'staff', see
 * canteen-changes.ts), and these look again, so a draft never reaches a resident's phone.
 */
export const canteenProjections: {
  canteen: Projection<'canteen'>; dish: Projection<'dish'>; mealSlot: Projection<'mealSlot'>; booking: Projection<'booking'>;
} = {
  canteen: (row, viewer) => inScope(row, viewer, row.communityId),
  // a dish is recorded under its canteen's community
  dish: (row, viewer, scope) =>
    scope.audience === null || servesCommunity(viewer, scope.communityId) ? inScope(row, viewer, scope.communityId) : null,
  mealSlot: (row, viewer) => (row.published || servesCommunity(viewer, row.communityId) ? inScope(row, viewer, row.communityId) : null),
  booking: (row, viewer) => {
    if (row.status === 'cancelled') return null;
    const mine = row.dinerId === viewer.id || row.bookedById === viewer.id;
    const household = viewer.householdId !== null && row.householdId === viewer.householdId;
    return mine || household || servesCommunity(viewer, row.communityId) ? row : null;
  },
};
