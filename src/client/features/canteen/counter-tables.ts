import type { EntityTable } from 'dexie';
import type { EntityRow } from '../../../shared/sync/entities';
import type { StoreVersion } from '../../data/service-stores';

/** Meals served, diet notes, standing orders, delivery profiles and stops: added in version 5. */
export const counterStores: StoreVersion[] = [
  {
    version: 5,
    stores: {
      mealServing: 'id, slotId, dinerId, householdId, date',
      dietNote: 'id, householdId',
      standingOrder: 'id, dinerId, householdId, communityId',
      deliveryProfile: 'id, householdId',
      mealDelivery: 'id, [canteenId+date], communityId',
    },
  },
];

declare module '../../data/db' {
  interface AppDb {
    mealServing: EntityTable<EntityRow<'mealServing'>, 'id'>;
    dietNote: EntityTable<EntityRow<'dietNote'>, 'id'>;
    standingOrder: EntityTable<EntityRow<'standingOrder'>, 'id'>;
    deliveryProfile: EntityTable<EntityRow<'deliveryProfile'>, 'id'>;
    mealDelivery: EntityTable<EntityRow<'mealDelivery'>, 'id'>;
  }
}
