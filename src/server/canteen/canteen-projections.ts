import { inScope, servesCommunity, type Projection } from '../sync/projection';

/** What each viewer sees of the canteen's rows: menus community-wide, bookings only their own household's. */
export const canteenProjections: {
  canteen: Projection<'canteen'>; dish: Projection<'dish'>; mealSlot: Projection<'mealSlot'>; booking: Projection<'booking'>;
} = {
  canteen: (row, viewer) => inScope(row, viewer, row.communityId),
  // a dish is recorded under its canteen's community
  dish: (row, viewer, scope) => inScope(row, viewer, scope.communityId),
  mealSlot: (row, viewer) => inScope(row, viewer, row.communityId),
  booking: (row, viewer) => {
    if (row.status === 'cancelled') return null;
    const mine = row.dinerId === viewer.id || row.bookedById === viewer.id;
    const household = viewer.householdId !== null && row.householdId === viewer.householdId;
    return mine || household || servesCommunity(viewer, row.communityId) ? row : null;
  },
};
