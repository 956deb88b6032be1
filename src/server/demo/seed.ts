import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/write-transaction';
import { DEMO_COMMUNITIES, DEMO_HOUSEHOLDS, DEMO_PEOPLE, DEMO_STREET_OFFICE } from './demo-data';
import { SeedWriter } from './seed-writer';
import { SERVICES } from '../services';

export { DEMO_LOGINS } from './demo-data';

/**
 * Seeds the demo street office and its people, then each registered service's own demo rows,
 * relative to now. Idempotent: rows that exist are left alone, so it runs
 * at every demo start and adds the new week's rows as time passes.
 */
export async function seedDemo(db: Kysely<Database>, now: Date): Promise<{ communityIds: string[] }> {
  const { communityIds } = await writeTransaction(db, async (trx, record) => {
    const w = new SeedWriter(trx, record, now.toISOString());
    await w.streetOffice(DEMO_STREET_OFFICE.id, DEMO_STREET_OFFICE.name);
    for (const c of DEMO_COMMUNITIES) await w.community(c.id, DEMO_STREET_OFFICE.id, c.name);
    for (const h of DEMO_HOUSEHOLDS) await w.household(h.id, h.communityId, h.name);
    for (const p of DEMO_PEOPLE) await w.member(p);
    for (const service of Object.values(SERVICES)) await service.seedDemo?.(trx, record, now);
  });
  return { communityIds };
}
