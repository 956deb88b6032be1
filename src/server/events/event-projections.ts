import { inScope, servesCommunity, type Projection } from '../sync/projection';

/** The calendar is community-wide; a party's details only reach its household and staff. */
export const eventProjections: { event: Projection<'event'>; signup: Projection<'signup'>; eventWish: Projection<'eventWish'> } = {
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
