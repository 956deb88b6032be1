import type { EntityTable } from 'dexie';
import type { EntityRow } from '../../../shared/sync/entities';
import type { StoreVersion } from '../../data/service-stores';

/** Service cards and household links: added in version 6 (after the canteen's 4 and 5). */
export const accountsStores: StoreVersion[] = [
  {
    version: 6,
    stores: {
      serviceCard: 'id, memberId, communityId',
      householdLink: 'id, requesterId, parentId, communityId',
    },
  },
];

declare module '../../data/db' {
  interface AppDb {
    serviceCard: EntityTable<EntityRow<'serviceCard'>, 'id'>;
    householdLink: EntityTable<EntityRow<'householdLink'>, 'id'>;
  }
}
