import type { EntityTable } from 'dexie';
import type { EntityRow } from '../../../shared/sync/entities';
import type { StoreVersion } from '../../data/service-stores';

/** Service kinds, requests (public half), contacts (private half), visit schedules: added in version 3. */
export const helpStores: StoreVersion[] = [
  {
    version: 3,
    stores: {
      serviceKind: 'id, communityId',
      helpRequest: 'id, communityId, assigneeId, status',
      helpContact: 'id, householdId, residentId',
      visitSchedule: 'id, communityId, residentId',
    },
  },
];

declare module '../../data/db' {
  interface AppDb {
    serviceKind: EntityTable<EntityRow<'serviceKind'>, 'id'>;
    helpRequest: EntityTable<EntityRow<'helpRequest'>, 'id'>;
    helpContact: EntityTable<EntityRow<'helpContact'>, 'id'>;
    visitSchedule: EntityTable<EntityRow<'visitSchedule'>, 'id'>;
  }
}
