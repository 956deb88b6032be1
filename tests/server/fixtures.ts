import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Canteen, ServiceMode } from '../../src/shared/canteen/canteen';
import type { MealSlot } from '../../src/shared/canteen/meal-slot';
import type { PriceTier } from '../../src/shared/canteen/price-tier';
import type { Member } from '../../src/shared/member';
import type { Mutation, PullResponse, PushResponse } from '../../src/shared/sync/protocol';
import { cutoffFor } from '../../src/shared/canteen/meal-slot';
import { addDays, shanghaiDate } from '../../src/shared/time';
import type { Database } from '../../src/server/db/schema';
import { writeTransaction } from '../../src/server/db/write-transaction';
import { CanteenSeedWriter as SeedWriter } from '../../src/server/canteen/canteen-seed-writer';
import type { TestApp } from './test-database';

type Person = Omit<Member, 'hasLogin'> & { phone: string | null };

/** A fresh community per test, so tests sharing a database never see each other's rows. */
export interface CommunityFixture {
  communityId: string;
  canteen: Canteen;
  slot: MealSlot;
  elder: Person;
  daughter: Person;
  neighbour: Person;
  staff: Person;
  /** A resident of a second community in the same street office. */
  outsider: Person;
  outsiderCommunityId: string;
}

/** 初心食堂's tiers: standard (an estimate, weighed), 助老价 from 60, the 9.9-yuan lunch for 新就业群体. */
export const CHUXIN_TIERS: PriceTier[] = [
  { id: 'standard', kind: 'standard', minAge: null, group: null, prices: { lunch: 1800, dinner: 1600 } },
  { id: 'elder', kind: 'elder', minAge: 60, group: null, prices: { lunch: 1400, dinner: 1200 } },
  { id: 'worker', kind: 'group', minAge: null, group: 'newEmployment', prices: { lunch: 990, dinner: null } },
];

function uniquePhone(): string {
  return `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

function person(id: string, communityId: string, householdId: string | null, name: string, extra: Partial<Person> = {}): Person {
  return {
    id, communityId, householdId, name, role: 'resident', birthDate: '1980-01-01', ageVerified: true, groups: [],
    phone: uniquePhone(), ...extra,
  };
}

/**
 * Builds a street office with two communities, a household (an 80-year-old and her daughter), a
 * neighbour, a staff member and a canteen with one slot for tomorrow's lunch (cut-off 09:00).
 */
export async function buildCommunity(db: Kysely<Database>, now: Date, opts: { seats?: number } = {}): Promise<CommunityFixture> {
  const k = randomUUID().slice(0, 8);
  const communityId = `com-${k}`;
  const outsiderCommunityId = `com2-${k}`;
  const canteen: Canteen = {
    id: `can-${k}`, communityId, name: '初心食堂', address: '一楼', seats: 60, pricing: 'weighed', priceTiers: CHUXIN_TIERS,
    minAge: null, deliveryAge: 80, cutoffs: { lunch: { daysBefore: 0, time: '09:00' }, dinner: { daysBefore: 0, time: '15:00' } },
  };
  const date = addDays(shanghaiDate(now), 1);
  const slot: MealSlot = {
    id: `slot-${k}`, canteenId: canteen.id, communityId, date, meal: 'lunch', dishIds: [`dish-${k}`],
    seats: opts.seats ?? 10, seatsTaken: 0, cutoffAt: cutoffFor(canteen, date, 'lunch').toISOString(),
    modes: ['dineIn', 'pickup', 'delivery'], published: true,
  };
  const fx: CommunityFixture = {
    communityId, canteen, slot, outsiderCommunityId,
    elder: person(`elder-${k}`, communityId, `hh-${k}`, '王秀英', { birthDate: '1946-03-12' }),
    daughter: person(`daughter-${k}`, communityId, `hh-${k}`, '李娜', { birthDate: '1985-06-01' }),
    neighbour: person(`neighbour-${k}`, communityId, `hh2-${k}`, '张伟', { groups: ['newEmployment'] }),
    staff: person(`staff-${k}`, communityId, null, '赵敏', { role: 'staff' }),
    outsider: person(`outsider-${k}`, outsiderCommunityId, `hh3-${k}`, '陈桂兰'),
  };
  await writeTransaction(db, async (trx, record) => {
    const w = new SeedWriter(trx, record, now.toISOString());
    await w.streetOffice(`so-${k}`, '示范街道');
    await w.community(communityId, `so-${k}`, '凌云社区');
    await w.community(outsiderCommunityId, `so-${k}`, '仓南街社区');
    await w.household(`hh-${k}`, communityId, '王家');
    await w.household(`hh2-${k}`, communityId, '张家');
    await w.household(`hh3-${k}`, outsiderCommunityId, '陈家');
    for (const p of [fx.elder, fx.daughter, fx.neighbour, fx.staff, fx.outsider]) await w.member(p);
    await w.canteen(canteen);
    await w.dish({ id: `dish-${k}`, canteenId: canteen.id, name: '番茄炒蛋', tags: ['vegetable', 'soft'], allergens: ['egg'], photoId: null }, communityId);
    await w.mealSlot(slot);
    await w.canteen({ ...canteen, id: `can2-${k}`, communityId: outsiderCommunityId, name: '站南爱老公益食堂' });
  });
  return fx;
}

/** The address a person's own phone logs in from: each has its own, as people do (per-address limits). */
export function phoneAddress(phone: string): string {
  const n = Number(phone.slice(-6));
  return `10.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

/** The address a session's phone pushes from: one per session, as people have (per-address limits). */
export function sessionAddress(token: string): string {
  let h = 0;
  for (const ch of token) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `10.${(h >>> 16) & 255}.${(h >>> 8) & 255}.${h & 255}`;
}

/** Logs a person in through the API, from their own phone's address, and returns their bearer token. */
export async function loginAs(t: TestApp, p: Person): Promise<string> {
  if (!p.phone) throw new Error(`${p.name} has no phone`);
  const remoteAddress = phoneAddress(p.phone);
  const sent = await t.app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone: p.phone }, remoteAddress });
  if (sent.statusCode !== 200) throw new Error(`code request failed: ${sent.body}`);
  const code = t.sentCodes.filter((c) => c.phone === p.phone).at(-1)?.code;
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { phone: p.phone, code }, remoteAddress });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return res.json<{ token: string }>().token;
}

/** A bookMeal mutation with fresh ids. */
export function bookMealMutation(slotId: string, dinerId: string, mode: ServiceMode = 'dineIn'): Mutation {
  return {
    id: randomUUID(), name: 'bookMeal', createdAt: new Date().toISOString(),
    args: { bookingId: randomUUID(), slotId, dinerId, mode },
  };
}

/** A mutation of any name and args (for unknown names and bad args). */
export function rawMutation(name: string, args: unknown): Mutation {
  return { id: randomUUID(), name, args, createdAt: new Date().toISOString() };
}

/** Pushes mutations as a user and returns the parsed reply. */
export async function push(t: TestApp, token: string, mutations: Mutation[]): Promise<PushResponse> {
  const res = await t.app.inject({
    method: 'POST', url: '/api/sync/push', headers: { authorization: `Bearer ${token}` }, remoteAddress: sessionAddress(token),
    payload: { clientId: 'test-client', mutations },
  });
  if (res.statusCode !== 200) throw new Error(`push failed ${res.statusCode}: ${res.body}`);
  return res.json<PushResponse>();
}

/** Pulls one page as a user. */
export async function pull(t: TestApp, token: string, cursor = '0', limit?: number): Promise<PullResponse> {
  const query = limit === undefined ? `cursor=${cursor}` : `cursor=${cursor}&limit=${limit}`;
  const res = await t.app.inject({ method: 'GET', url: `/api/sync/pull?${query}`, headers: { authorization: `Bearer ${token}` } });
  if (res.statusCode !== 200) throw new Error(`pull failed ${res.statusCode}: ${res.body}`);
  return res.json<PullResponse>();
}

/** Pulls every page from a cursor and returns all changes and the final cursor. */
export async function pullAll(t: TestApp, token: string, cursor = '0', limit?: number): Promise<PullResponse> {
  const all: PullResponse = { cursor, hasMore: false, changes: [] };
  for (;;) {
    const page = await pull(t, token, all.cursor, limit);
    all.changes.push(...page.changes);
    all.cursor = page.cursor;
    if (!page.hasMore) return all;
  }
}

/** Seats taken of a slot, read straight from the database. */
export async function seatsTaken(db: Kysely<Database>, slotId: string): Promise<number> {
  const row = await db.selectFrom('meal_slots').select('seats_taken').where('id', '=', slotId).executeTakeFirstOrThrow();
  return row.seats_taken;
}
