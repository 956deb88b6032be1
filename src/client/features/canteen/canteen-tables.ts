import type { EntityTable } from 'dexie';
import type { EntityRow } from '../../../shared/sync/entities';
import type { StoreVersion } from '../../data/service-stores';

/** The canteen's tables, part of the database's first version. */
export const canteenStores: StoreVersion[] = [
  {
    version: 1,
    stores: {
      canteen: 'id, communityId',
      dish: 'id, canteenId',
      mealSlot: 'id, [canteenId+date], communityId',
      booking: 'id, slotId, dinerId, householdId',
    },
  },
];

declare module '../../data/db' {
  interface AppDb {
    canteen: EntityTable<EntityRow<'canteen'>, 'id'>;
    dish: EntityTable<EntityRow<'dish'>, 'id'>;
    mealSlot: EntityTable<EntityRow<'mealSlot'>, 'id'>;
    booking: EntityTable<EntityRow<'booking'>, 'id'>;
  }
}
