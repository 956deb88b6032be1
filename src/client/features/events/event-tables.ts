import type { EntityTable } from 'dexie';
import type { EntityRow } from '../../../shared/sync/entities';
import type { StoreVersion } from '../../data/service-stores';

/** The calendar, households' sign-ups (staff: the roster) and the wish list: added in version 2. */
export const eventStores: StoreVersion[] = [
  {
    version: 2,
    stores: {
      event: 'id, communityId, startsAt, seriesId',
      signup: 'id, eventId, householdId, ticketCode',
      eventWish: 'id, communityId',
    },
  },
];

declare module '../../data/db' {
  interface AppDb {
    event: EntityTable<EntityRow<'event'>, 'id'>;
    signup: EntityTable<EntityRow<'signup'>, 'id'>;
    eventWish: EntityTable<EntityRow<'eventWish'>, 'id'>;
  }
}
