import type { EntityTable } from 'dexie';
import type { EntityRow } from '../../../shared/sync/entities';
import type { StoreVersion } from '../../data/service-stores';

/** A dish photo shrunk on this phone and not yet on the server (local only): uploaded when there is signal. */
export interface PendingDishPhoto {
  /** The SHA-256 of the JPEG, as saveDish names it. */
  photoId: string;
  jpeg: Blob;
}

/** The canteen's tables: the synced ones came with the database's first version. */
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
  {
    version: 4,
    // local only
    stores: { dishPhotoUploads: 'photoId' },
  },
];

declare module '../../data/db' {
  interface AppDb {
    canteen: EntityTable<EntityRow<'canteen'>, 'id'>;
    dish: EntityTable<EntityRow<'dish'>, 'id'>;
    mealSlot: EntityTable<EntityRow<'mealSlot'>, 'id'>;
    booking: EntityTable<EntityRow<'booking'>, 'id'>;
    /** Local only: dish photos waiting for signal to be uploaded. */
    dishPhotoUploads: EntityTable<PendingDishPhoto, 'photoId'>;
  }
}
