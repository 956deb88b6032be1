import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { EventFields } from '../../../src/shared/events/event';
import type { Member } from '../../../src/shared/member';
import type { Mutation } from '../../../src/shared/sync/protocol';
import type { Database } from '../../../src/server/db/schema';
import { writeTransaction } from '../../../src/server/db/write-transaction';
import { SeedWriter } from '../../../src/server/demo/seed-writer';
import type { TestApp } from '../test-database';
import { push } from '../fixtures';

export type Person = Omit<Member, 'hasLogin'> & { phone: string | null };

/** A mutation with a fresh id. */
export function mutation(name: string, args: unknown): Mutation {
  return { id: randomUUID(), name, args, createdAt: new Date().toISOString() };
}

/** Event fields for Saturday 2026-11-28 09:30 Shanghai, sign-up until Friday 18:00. */
export function eventFields(overrides: Partial<EventFields> = {}): EventFields {
  return {
    kind: 'parentChild', title: '亲子阅读会', description: '绘本共读', place: '碧霞湖社区图书室',
    startsAt: '2026-11-28T01:30:00.000Z', endsAt: '2026-11-28T03:00:00.000Z', signupDeadline: '2026-11-27T10:00:00.000Z',
    capacity: 10, minAge: 3, maxAge: 12, adultsAccompany: true, promotion: 'auto', offerHours: 24, ...overrides,
  };
}

/** A household of one parent (with a phone) and `children` children aged 8. */
export interface Family {
  parent: Person;
  children: Person[];
  memberIds: string[];
}

/** Adds a fresh community with staff and `count` families, each of a parent and some children. */
export async function buildEventCommunity(
  db: Kysely<Database>, now: Date, count: number, children = 1,
): Promise<{ communityId: string; staff: Person; staff2: Person; families: Family[] }> {
  const k = randomUUID().slice(0, 8);
  const communityId = `ev-com-${k}`;
  const phone = () => `137${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  const staffOf = (id: string, name: string): Person => ({
    id, communityId, householdId: null, name, role: 'staff', birthDate: null, ageVerified: false, groups: [], phone: phone(),
  });
  const staff = staffOf(`staff-${k}`, '何老师');
  const staff2 = staffOf(`staff2-${k}`, '马老师');
  const families: Family[] = Array.from({ length: count }, (_, i) => {
    const hh = `hh-${k}-${i}`;
    const parent: Person = {
      id: `p-${k}-${i}`, communityId, householdId: hh, name: `家长${i}`, role: 'resident', birthDate: '1988-01-01',
      ageVerified: true, groups: [], phone: phone(),
    };
    const kids: Person[] = Array.from({ length: children }, (_, j) => ({
      ...parent, id: `c-${k}-${i}-${j}`, name: `孩子${i}-${j}`, birthDate: '2018-03-01', ageVerified: false, phone: null,
    }));
    return { parent, children: kids, memberIds: [parent.id, ...kids.map((c) => c.id)] };
  });
  await writeTransaction(db, async (trx, record) => {
    const w = new SeedWriter(trx, record, now.toISOString());
    await w.streetOffice(`so-${k}`, '示范街道');
    await w.community(communityId, `so-${k}`, '碧霞湖社区');
    for (const f of families) await w.household(f.parent.householdId ?? '', communityId, `${f.parent.name}家`);
    for (const p of [staff, staff2, ...families.flatMap((f) => [f.parent, ...f.children])]) await w.member(p);
  });
  return { communityId, staff, staff2, families };
}

/** Staff create an event through the API (it must be applied) and return its id. */
export async function createEvent(t: TestApp, staffToken: string, communityId: string, fields = eventFields()): Promise<string> {
  const eventId = randomUUID();
  const { results } = await push(t, staffToken, [mutation('createEvent', { eventIds: [eventId], seriesId: null, communityId, fields })]);
  if (results[0]?.status !== 'applied') throw new Error(`createEvent was not applied: ${JSON.stringify(results[0])}`);
  return eventId;
}
