import type { EntityTable } from 'dexie';
import type { EntityRow } from '../../../shared/sync/entities';
import type { StoreVersion } from '../../data/service-stores';

/** Service cards and household links: added in version 4. */
export const accountsStores: StoreVersion[] = [
  {
    version: 4,
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
