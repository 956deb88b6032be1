import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as v from 'valibot';
import { MUTATION_NAMES, mutationArgsSchemas } from '../../src/shared/sync/mutations';
import type { PushResponse } from '../../src/shared/sync/protocol';
import { addDays, shanghaiDate, weekStart } from '../../src/shared/time';
import { DIALECTS, useTestApp } from './test-database';
import { bookMealMutation, buildCommunity, CHUXIN_TIERS, loginAs, push, seatsTaken, sessionAddress } from './fixtures';
import { buildHelpCommunity } from './help/help-fixtures';
import { createEvent, eventFields } from './events/event-fixtures';

// Property-based: thousands of generated requests and mutations, most of them wrong in some way
// (control characters and NUL, lone surrogates, wrong types, other people's ids, broken
// percent-encoding, wrong content types), thrown at the API through inject. Whatever comes, the
// server answers below 500, keeps its books (every meal's seatsTaken is its confirmed bookings)
// and goes on serving.

const RUNS = 110;
const BATCH = 85;
const MIN_THROWN = 10_000;

/** Characters that break text: NUL and other controls, line breaks, lone surrogates, and some ordinary ones. */
const NASTY_UNITS = ['\u0000', '\u0001', '\u0007', '\u0008', '\t', '\n', '\r', '\u000b', '\u001b', '\u007f', '\u0085', '\u009f',
  '\u2028', '\u200d', '\ufeff', '\ud800', '\udfff', '\ud83d', '"', '\\', "'", '%', '<', 'a', '王', '😀', ' '];
const nastyString = fc.oneof(
  fc.string({ unit: fc.constantFrom(...NASTY_UNITS), maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ maxLength: 80 }),
  fc.constantFrom('', ' ', 'a\u0000b', '\u0000', 'x'.repeat(70), '1'.repeat(300)),
);
const junk = fc.oneof(nastyString, fc.anything({ maxDepth: 2, maxKeys: 4 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));

/** The shape of a mutation's arguments: its valibot object's field names. */
function fieldsOf(name: (typeof MUTATION_NAMES)[number]): string[] {
  return Object.keys((mutationArgsSchemas[name] as unknown as v.ObjectSchema<v.ObjectEntries, undefined>).entries);
}

describe.each(DIALECTS)('the API under generated bad input on %s', (kind) => {
  const t = useTestApp(kind, { rateLimits: { authPerMinute: 1e9, pushPerMinute: 1e9, eventsPerMinute: 1e9 } });

  it(`answers at least ${MIN_THROWN} bad requests and mutations below 500 and keeps every seat count true`, async () => {
    const help = await buildHelpCommunity(t.db, t.clock.now(), 3);
    const small = await buildCommunity(t.db, t.clock.now(), { seats: 2 });
    const people = [help.elder, help.daughter, help.neighbour, help.staff, help.volunteers[0]!, help.outsiderStaff, small.elder, small.staff];
    const tokens = await Promise.all(people.map((p) => loginAs(t, p)));
    const staffToken = tokens[3]!;
    const eventId = await createEvent(t, staffToken, help.communityId, eventFields({ capacity: 4 }));
    const tomorrow = addDays(shanghaiDate(t.clock.now()), 1);

    // a small pool of ids, so generated mutations often meet each other's rows
    const uuids = Array.from({ length: 12 }, () => randomUUID());
    const ids = fc.constantFrom(
      ...uuids, help.slot.id, small.slot.id, eventId, help.kindId, help.visitKindId, help.communityId, small.communityId,
      help.slot.canteenId, small.slot.canteenId,
      ...people.map((p) => p.id), help.noPhone.id,
    );
    const valid: Record<string, fc.Arbitrary<unknown>> = {
      mode: fc.constantFrom('dineIn', 'pickup', 'delivery'),
      seats: fc.integer({ min: -3, max: 12 }),
      name: fc.constantFrom('小明', '代缴电费'), topic: fc.constantFrom('防诈骗讲座', '亲子阅读'),
      birthDate: fc.constantFrom('2018-03-01', '1946-03-12', '2999-01-01'),
      date: fc.constantFrom(tomorrow, '2026-11-22', 'not-a-date'),
      fromTime: fc.constantFrom('09:00', '11:00'), toTime: fc.constantFrom('11:00', '09:00'),
      building: fc.constant('3栋'), address: fc.constant('3栋2单元501室'), note: fc.constantFrom('', '电费卡在抽屉里\n谢谢'),
      phone: fc.constantFrom('', '13912345678'), accept: fc.boolean(), isVisit: fc.boolean(), active: fc.boolean(),
      minutes: fc.integer({ min: -1, max: 2000 }), weekday: fc.integer({ min: 0, max: 8 }), order: fc.integer(),
      icon: fc.constantFrom('bill', 'visit', 'nope'), description: fc.constantFrom('', '帮您去营业厅缴电费'),
      scannedAt: fc.constantFrom(t.clock.now().toISOString(), 'yesterday'),
      memberIds: fc.array(ids, { minLength: 0, maxLength: 4 }),
      eventIds: fc.array(fc.constantFrom(...uuids), { minLength: 1, maxLength: 3 }),
      seriesId: fc.constantFrom(null, uuids[0]),
      // the canteen's menu editor, counter, standing orders and delivery, so their handlers are reached too
      canteenId: fc.constantFrom(help.slot.canteenId, small.slot.canteenId), meal: fc.constantFrom('lunch', 'dinner'),
      dishIds: fc.constantFrom(help.slot.dishIds, small.slot.dishIds, []), modes: fc.constantFrom(['dineIn'], ['dineIn', 'delivery'], []),
      cutoffAt: fc.constantFrom(`${tomorrow}T01:00:00.000Z`, 'soon'), monday: fc.constantFrom(weekStart(addDays(tomorrow, 7)), tomorrow),
      tags: fc.constantFrom(['soft'], ['nope']), allergens: fc.constantFrom([], ['egg']), photoId: fc.constant(null),
      tiers: fc.constantFrom(CHUXIN_TIERS, CHUXIN_TIERS.slice(1), []),
      servedAt: fc.constantFrom(t.clock.now().toISOString(), 'noon'), deliveredAt: fc.constantFrom(t.clock.now().toISOString(), 'noon'),
      grams: fc.constantFrom(null, 350, 0), chargedFen: fc.constantFrom(null, 980, -1), newResident: fc.constantFrom(null, { name: '吴德福', birthDate: '1938-12-01' }),
      conditions: fc.constantFrom(['lowSalt'], ['nope']), allergies: fc.constantFrom('', '花生'),
      weekdays: fc.constantFrom([1, 2, 3, 4, 5], [], [9]), startDate: fc.constantFrom(tomorrow, 'someday'),
      from: fc.constantFrom(tomorrow, '2026-11-22'), resumeOn: fc.constantFrom(null, addDays(tomorrow, 3)), on: fc.constantFrom(tomorrow, addDays(tomorrow, 3)),
      floor: fc.integer({ min: -4, max: 100 }), room: fc.constantFrom('', '1单元302'), disability: fc.boolean(), livesAlone: fc.boolean(),
      fields: fc.record({ title: fc.oneof(fc.constant('亲子阅读会'), nastyString), description: fc.oneof(fc.constant('绘本'), nastyString), capacity: fc.integer({ min: -1, max: 5 }) })
        .map((f) => eventFields(f as Partial<ReturnType<typeof eventFields>>)),
    };
    /** A field's value: mostly plausible, often broken. */
    const valueFor = (field: string) => fc.oneof(
      { weight: 4, arbitrary: valid[field] ?? (field.endsWith('Id') ? ids : nastyString) },
      { weight: 2, arbitrary: nastyString },
      { weight: 1, arbitrary: junk },
    );
    const argsFor = (name: (typeof MUTATION_NAMES)[number]) =>
      fc.record(Object.fromEntries(fieldsOf(name).map((f) => [f, valueFor(f)])), { requiredKeys: [] });
    // every field present and plausible: with some forty mutations of up to ten fields, mostly
    // broken arguments would stop at validation, and the handlers behind it would go untested
    const plausibleArgsFor = (name: (typeof MUTATION_NAMES)[number]) =>
      fc.record(Object.fromEntries(fieldsOf(name).map((f) => [f, valid[f] ?? (f.endsWith('Id') ? ids : nastyString)])));
    const mutation = fc.constantFrom(...MUTATION_NAMES).chain((name) => fc.record({
      id: fc.oneof({ weight: 9, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.constantFrom(...uuids) }),
      // a name the envelope accepts (1–64 characters) but no service knows; broken envelopes come as bad requests below
      name: fc.oneof({ weight: 9, arbitrary: fc.constant<string>(name) }, { weight: 1, arbitrary: nastyString.filter((n) => n.length >= 1 && n.length <= 64) }),
      args: fc.oneof({ weight: 6, arbitrary: argsFor(name) }, { weight: 3, arbitrary: plausibleArgsFor(name) }, { weight: 1, arbitrary: junk }),
      createdAt: fc.constant(t.clock.now().toISOString()),
    }));

    const encode = (s: string) => {
      try {
        return encodeURIComponent(s);
      } catch {
        return '%ED%A0%80'; // a lone surrogate: what encodeURIComponent refuses, as raw bytes
      }
    };
    const badRequest = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') as fc.Arbitrary<'GET'>,
      path: fc.constantFrom('/api/sync/push', '/api/sync/pull', '/api/auth/code', '/api/auth/login', '/api/auth/logout', '/api/me', '/api/health', '/api/', '/', '/events',
        '/api/auth/card', '/api/accounts/my-data', '/api/sessions'),
      suffix: fc.oneof(fc.constant(''), nastyString.map(encode), fc.constantFrom('/%ED%A0%80', '/%', '/%zz', '%00', '/..%2f..%2fetc')),
      query: fc.oneof(fc.constant(''), nastyString.map((s) => `?cursor=${encode(s)}&limit=${encode(s)}`), fc.constantFrom('?cursor=%ZZ', '?cursor=1.%00', '?limit=99999')),
      contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'multipart/form-data; boundary=x'),
      body: fc.oneof(fc.json(), nastyString, junk.map((j) => JSON.stringify(j) ?? 'null'), mutation.map((m) => JSON.stringify({ clientId: 'c', mutations: [m] }))),
      who: fc.nat({ max: tokens.length }),
    });

    let thrown = 0;
    const statuses = new Map<number, number>();
    const note = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: BATCH, maxLength: BATCH }), fc.array(badRequest, { minLength: 10, maxLength: 10 }), fc.nat({ max: tokens.length - 1 }),
        async (mutations, requests, who) => {
          const token = tokens[who]!;
          const res = await t.app.inject({
            method: 'POST', url: '/api/sync/push', headers: { authorization: `Bearer ${token}` }, remoteAddress: sessionAddress(token),
            payload: { clientId: 'fuzz', mutations },
          });
          thrown += mutations.length;
          note(res.statusCode);
          expect(res.statusCode, res.body).toBeLessThan(500);
          if (res.statusCode === 200) expect(res.json<PushResponse>().results).toHaveLength(mutations.length);
          for (const r of requests) {
            const answer = await t.app.inject({
              method: r.method, url: `${r.path}${r.suffix}${r.query}`, payload: r.method === 'GET' || r.method === 'HEAD' ? undefined : r.body,
              // logging a session out would only make the rest of the run unauthenticated
              headers: { 'content-type': r.contentType, ...(r.who < tokens.length && r.path !== '/api/auth/logout' ? { authorization: `Bearer ${tokens[r.who]}` } : {}) },
            });
            thrown += 1;
            note(answer.statusCode);
            expect(answer.statusCode, `${r.method} ${r.path}${r.suffix}${r.query}: ${answer.body}`).toBeLessThan(500);
          }
        },
      ),
      // shrinking batches of 85 takes minutes: report the first failing batch (its reply names the fault)
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(thrown).toBeGreaterThanOrEqual(MIN_THROWN);
    // the generated batches reached the handlers, not only the envelope's validation
    expect(statuses.get(200)).toBeGreaterThan(RUNS);
    const applied = await t.db.selectFrom('mutations').select('id').where('result', 'like', '%"applied"%').execute();
    expect(applied.length).toBeGreaterThan(20);

    const slots = await t.db.selectFrom('meal_slots').select(['id', 'seats_taken']).execute();
    for (const slot of slots) {
      const confirmed = await t.db.selectFrom('bookings').select('id').where('slot_id', '=', slot.id).where('status', '=', 'confirmed').execute();
      expect(slot.seats_taken, slot.id).toBe(confirmed.length);
    }
    // and it still serves: health, and a real booking by a real person
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const before = await seatsTaken(t.db, help.slot.id);
    const fresh = bookMealMutation(help.slot.id, help.neighbour.id);
    const { results } = await push(t, tokens[2]!, [fresh]);
    expect(results[0]?.status === 'applied' ? before + 1 : before).toBe(await seatsTaken(t.db, help.slot.id));
  }, 240_000);
});
