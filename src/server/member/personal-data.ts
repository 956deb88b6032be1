import type { Actor } from '../../shared/member';
import { actorFor } from '../../shared/member';
import { serviceOf } from '../../shared/services';
import type { EntityName, EntityRow } from '../../shared/sync/entities';
import type { PersonalData } from '../service';
import { SERVICES } from '../services';
import { entityLoaders } from '../sync/entity-loaders';
import { project } from '../sync/pull.service';
import { scopeOf } from '../sync/sync-scope';

/**
 * A person's data across every service: what they own (bookings, sign-ups, requests, cards), as
 * they themselves would receive it, and the services' hooks to forget them. Given to services'
 * routes through RouteDeps, since a service may not import the registry that lists it.
 */
export const personalData: PersonalData = {
  ownRows: async (db, viewer: Actor) => {
    const entries = await db.selectFrom('sync_rows').selectAll().where('owner_id', '=', viewer.id).where('deleted', '=', 0)
      .orderBy('version').execute();
    const byEntity: Record<string, unknown[]> = {};
    for (const entity of [...new Set(entries.map((e) => e.entity as EntityName))]) {
      const mine = entries.filter((e) => e.entity === entity);
      const rows = new Map((await entityLoaders[entity](db, mine.map((e) => e.entity_id))).map((row) => [row.id, row]));
      const asViewer = actorFor(viewer, serviceOf({ entity }));
      byEntity[entity] = mine.flatMap((e) => {
        const row = rows.get(e.entity_id) as EntityRow<EntityName> | undefined;
        const seen = row && project(entity, row, asViewer, scopeOf(e));
        return seen ? [seen] : [];
      });
    }
    return byEntity;
  },
  forgetInServices: async (trx, record, memberId, now) => {
    for (const service of Object.values(SERVICES)) await service.forgetMember?.(trx, record, memberId, now);
  },
};
