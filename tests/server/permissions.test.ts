import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EventFields } from '../../src/shared/events/event';
import { addDays, shanghaiDate } from '../../src/shared/time';
import { writeTransaction } from '../../src/server/db/write-transaction';
import { SeedWriter } from '../../src/server/demo/seed-writer';
import { DIALECTS, useTestApp, type TestApp } from './test-database';
import { loginAs, pullAll, push } from './fixtures';
import { buildHelpCommunity, fileArgs, mutation, type HelpFixture } from './help/help-fixtures';
import { eventFields } from './events/event-fixtures';

// Who may do what, as one table: every role against every resource and action, all aimed at one
// resident (王秀英, the elder) and her community. A cell is `allow` when the act is applied (or
// the row reaches the actor's phone) and `deny` when it is refused as FORBIDDEN (403 over HTTP,
// or the row never arriving). Each cell sets up its own target, so the cells do not lean on
// each other; the rows run in order, and ending the elder's sessions comes last.

// canteenStaff runs the elder's community's canteen only (staffOf 'canteen'): staff there, a resident elsewhere
const ACTORS = ['elder', 'daughter', 'neighbour', 'volunteer', 'staff', 'canteenStaff', 'otherStaff', 'admin'] as const;
type ActorName = (typeof ACTORS)[number];
type Outcome = 'allow' | 'deny';

/** Allowed for exactly these actors, denied for the rest. */
const only = (...allowed: ActorName[]): Record<ActorName, Outcome> =>
  Object.fromEntries(ACTORS.map((a) => [a, allowed.includes(a) ? 'allow' : 'deny'])) as Record<ActorName, Outcome>;

const SELF_HOUSEHOLD_OR_STAFF = only('elder', 'daughter', 'staff', 'admin');
const STAFF = only('staff', 'admin');
const CANTEEN_PARTY = only('elder', 'daughter', 'staff', 'canteenStaff', 'admin');
const CANTEEN_STAFF = only('staff', 'canteenStaff', 'admin');

interface World {
  t: TestApp;
  fx: HelpFixture;
  tokens: Record<ActorName, string>;
  staffToken: string;
  /** A resident of the other community, who asks to link the elder. */
  outsiderToken: string;
  tomorrow: string;
}

/** A resident without a phone, registered by staff, for a cell that changes a person. */
async function freshResident(w: World): Promise<string> {
  const memberId = randomUUID();
  await applied(w, w.staffToken, 'registerResident', { memberId, communityId: w.fx.communityId, name: '吴德福', birthDate: null });
  return memberId;
}

/** An open event of the elder's community, for all ages, made by staff. */
async function freshEvent(w: World, fields: Partial<EventFields> = {}): Promise<string> {
  const eventId = randomUUID();
  await applied(w, w.staffToken, 'createEvent', {
    eventIds: [eventId], seriesId: null, communityId: w.fx.communityId, fields: eventFields({ minAge: null, maxAge: null, ...fields }),
  });
  return eventId;
}

/** Pushes one mutation that set-up needs, failing loudly if it is not applied. */
async function applied(w: World, token: string, name: string, args: unknown): Promise<void> {
  const result = (await push(w.t, token, [mutation(name, args)])).results[0];
  if (result?.status !== 'applied') throw new Error(`set-up ${name} was not applied: ${JSON.stringify(result)}`);
}

/** What one actor's attempt came to. */
async function attempt(w: World, actor: ActorName, name: string, args: unknown): Promise<Outcome | string> {
  const result = (await push(w.t, w.tokens[actor], [mutation(name, args)])).results[0];
  if (result?.status === 'applied') return 'allow';
  return result?.code === 'FORBIDDEN' ? 'deny' : `refused ${result?.code}: ${result?.message}`;
}

/** Whether a row reaches an actor's phone. */
async function sees(w: World, actor: ActorName, entity: string, id: string): Promise<Outcome> {
  const { changes } = await pullAll(w.t, w.tokens[actor]);
  return changes.some((c) => c.entity === entity && c.id === id && c.op === 'put') ? 'allow' : 'deny';
}

/** A row of the table: an action, who may take it, and how one actor tries. */
interface Rule {
  resource: string;
  action: string;
  expected: Record<ActorName, Outcome>;
  run: (w: World, actor: ActorName) => Promise<Outcome | string>;
}

let elderBooking: string | null = null;

const RULES: Rule[] = [
  {
    resource: 'booking', action: 'book a meal for the elder', expected: CANTEEN_PARTY,
    run: async (w, actor) => {
      if (elderBooking) await applied(w, w.staffToken, 'cancelBooking', { bookingId: elderBooking });
      elderBooking = null;
      const bookingId = randomUUID();
      const outcome = await attempt(w, actor, 'bookMeal', { bookingId, slotId: w.fx.slot.id, dinerId: w.fx.elder.id, mode: 'dineIn' });
      if (outcome === 'allow') elderBooking = bookingId;
      return outcome;
    },
  },
  {
    resource: 'booking', action: 'cancel the elder’s booking', expected: CANTEEN_PARTY,
    run: async (w, actor) => {
      if (!elderBooking) {
        elderBooking = randomUUID();
        await applied(w, w.staffToken, 'bookMeal', { bookingId: elderBooking, slotId: w.fx.slot.id, dinerId: w.fx.elder.id, mode: 'dineIn' });
      }
      const outcome = await attempt(w, actor, 'cancelBooking', { bookingId: elderBooking });
      if (outcome === 'allow') elderBooking = null;
      return outcome;
    },
  },
  {
    resource: 'booking', action: 'see the elder’s booking', expected: CANTEEN_PARTY,
    run: async (w, actor) => {
      if (!elderBooking) {
        elderBooking = randomUUID();
        await applied(w, w.staffToken, 'bookMeal', { bookingId: elderBooking, slotId: w.fx.slot.id, dinerId: w.fx.elder.id, mode: 'dineIn' });
      }
      return sees(w, actor, 'booking', elderBooking);
    },
  },
  {
    resource: 'mealSlot', action: 'set a meal’s seats', expected: CANTEEN_STAFF,
    run: (w, actor) => attempt(w, actor, 'setSlotSeats', { slotId: w.fx.slot.id, seats: 12 }),
  },
  {
    resource: 'event', action: 'create an event', expected: STAFF,
    run: (w, actor) => attempt(w, actor, 'createEvent', {
      eventIds: [randomUUID()], seriesId: null, communityId: w.fx.communityId, fields: eventFields(),
    }),
  },
  {
    resource: 'event', action: 'edit an event', expected: STAFF,
    run: async (w, actor) => attempt(w, actor, 'updateEvent', { eventId: await freshEvent(w), fields: eventFields({ title: '防诈骗讲座' }) }),
  },
  {
    resource: 'event', action: 'cancel an event', expected: STAFF,
    run: async (w, actor) => attempt(w, actor, 'cancelEvent', { eventId: await freshEvent(w) }),
  },
  {
    resource: 'signup', action: 'sign the elder up', expected: SELF_HOUSEHOLD_OR_STAFF,
    run: async (w, actor) => attempt(w, actor, 'signUpForEvent', { signupId: randomUUID(), eventId: await freshEvent(w), memberIds: [w.fx.elder.id] }),
  },
  {
    resource: 'signup', action: 'check the elder in at the door', expected: STAFF,
    run: async (w, actor) => {
      const eventId = await freshEvent(w);
      const signupId = randomUUID();
      await applied(w, w.staffToken, 'signUpForEvent', { signupId, eventId, memberIds: [w.fx.elder.id] });
      return attempt(w, actor, 'checkInSignup', { signupId, scannedAt: w.t.clock.now().toISOString() });
    },
  },
  {
    resource: 'eventWish', action: 'propose a topic in one’s own community', expected: only(...ACTORS),
    run: (w, actor) => attempt(w, actor, 'proposeEventWish', { wishId: randomUUID(), topic: '防诈骗讲座' }),
  },
  {
    resource: 'helpRequest', action: 'ask for help for the elder', expected: SELF_HOUSEHOLD_OR_STAFF,
    run: (w, actor) => attempt(w, actor, 'fileHelpRequest', fileArgs(w.fx, w.fx.elder.id, w.tomorrow)),
  },
  {
    resource: 'helpRequest', action: 'take the elder’s request', expected: only('volunteer'),
    run: async (w, actor) => {
      const args = fileArgs(w.fx, w.fx.elder.id, w.tomorrow);
      await applied(w, w.staffToken, 'fileHelpRequest', args);
      return attempt(w, actor, 'acceptHelpRequest', { requestId: args.requestId });
    },
  },
  {
    resource: 'helpRequest', action: 'dispatch the elder’s request', expected: STAFF,
    run: async (w, actor) => {
      const args = fileArgs(w.fx, w.fx.elder.id, w.tomorrow);
      await applied(w, w.staffToken, 'fileHelpRequest', args);
      return attempt(w, actor, 'dispatchHelpRequest', { requestId: args.requestId, volunteerId: w.fx.volunteers[0]!.id });
    },
  },
  {
    resource: 'helpContact', action: 'see the elder’s address and phone (open request)', expected: SELF_HOUSEHOLD_OR_STAFF,
    run: async (w, actor) => {
      const args = fileArgs(w.fx, w.fx.elder.id, w.tomorrow);
      await applied(w, w.staffToken, 'fileHelpRequest', args);
      return sees(w, actor, 'helpContact', args.requestId);
    },
  },
  {
    resource: 'serviceKind', action: 'edit the community’s services', expected: STAFF,
    run: (w, actor) => attempt(w, actor, 'saveServiceKind', {
      kindId: w.fx.kindId, communityId: w.fx.communityId, name: '代缴水电费', icon: 'bill', description: '', isVisit: false, active: true, order: 0,
    }),
  },
  {
    resource: 'visitSchedule', action: 'schedule visits to the elder', expected: STAFF,
    run: (w, actor) => attempt(w, actor, 'saveVisitSchedule', {
      scheduleId: randomUUID(), residentId: w.fx.elder.id, kindId: w.fx.visitKindId, weekday: 2, fromTime: '09:00', toTime: '11:00',
      building: '3栋', address: '3栋2单元501室', phone: '', active: true,
    }),
  },
  {
    resource: 'serviceCard', action: 'issue the elder a service card', expected: STAFF,
    run: (w, actor) => attempt(w, actor, 'issueServiceCard', { cardId: randomUUID(), memberId: w.fx.elder.id, tokenHash: randomUUID().replace(/-/g, '').repeat(2) }),
  },
  {
    resource: 'serviceCard', action: 'revoke the elder’s card', expected: STAFF,
    run: async (w, actor) => {
      const cardId = randomUUID();
      await applied(w, w.staffToken, 'issueServiceCard', { cardId, memberId: w.fx.elder.id, tokenHash: randomUUID().replace(/-/g, '').repeat(2) });
      return attempt(w, actor, 'revokeServiceCard', { cardId });
    },
  },
  {
    resource: 'member', action: 'register a resident without a phone', expected: STAFF,
    run: (w, actor) => attempt(w, actor, 'registerResident', { memberId: randomUUID(), communityId: w.fx.communityId, name: '钱宝根', birthDate: '1936-07-07' }),
  },
  {
    resource: 'member', action: 'attach a phone to a resident without one', expected: STAFF,
    run: async (w, actor) => attempt(w, actor, 'attachPhone', { memberId: await freshResident(w), phone: `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` }),
  },
  {
    resource: 'member', action: 'make a resident a volunteer', expected: STAFF,
    run: async (w, actor) => attempt(w, actor, 'setMemberRole', { memberId: await freshResident(w), role: 'volunteer', staffOf: null }),
  },
  {
    resource: 'member', action: 'make a resident staff of the canteen', expected: only('admin'),
    run: async (w, actor) => attempt(w, actor, 'setMemberRole', { memberId: await freshResident(w), role: 'staff', staffOf: 'canteen' }),
  },
  {
    // a request from a resident of the other community, to link the elder; declined, so households stay as they are
    resource: 'householdLink', action: 'answer a request to link the elder', expected: only('elder', 'staff', 'admin'),
    run: async (w, actor) => {
      const linkId = randomUUID();
      await applied(w, w.outsiderToken, 'requestHouseholdLink', { linkId, phone: w.fx.elder.phone });
      return attempt(w, actor, 'answerHouseholdLink', { linkId, accept: false });
    },
  },
  {
    resource: 'auditLog', action: 'read the community’s audit log', expected: only('admin'),
    run: async (w, actor) => {
      const res = await w.t.app.inject({
        method: 'GET', url: `/api/accounts/audit?communityId=${w.fx.communityId}`, headers: { authorization: `Bearer ${w.tokens[actor]}` },
      });
      if (res.statusCode === 200) return 'allow';
      return res.statusCode === 403 ? 'deny' : `HTTP ${res.statusCode}: ${res.body}`;
    },
  },
  {
    // last: staff ending them logs the elder out
    resource: 'session', action: 'end the elder’s sessions', expected: only('elder', 'staff', 'admin'),
    run: async (w, actor) => {
      const res = await w.t.app.inject({
        method: 'POST', url: '/api/sessions/end', headers: { authorization: `Bearer ${w.tokens[actor]}` }, payload: { userId: w.fx.elder.id },
      });
      if (res.statusCode === 200) return 'allow';
      return res.statusCode === 403 ? 'deny' : `HTTP ${res.statusCode}: ${res.body}`;
    },
  },
];

describe.each(DIALECTS)('role × resource × action on %s', (kind) => {
  const t = useTestApp(kind);

  it(`decides all ${RULES.length * ACTORS.length} cells as the table says`, async () => {
    elderBooking = null;
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    // an administrator of the street office, whose own community is the other one
    const admin = { ...fx.outsiderStaff, id: `admin-${fx.communityId}`, name: '孙强', role: 'admin' as const, phone: `135${fx.outsiderStaff.phone!.slice(3)}` };
    const canteenStaff = { ...fx.staff, id: `canteen-${fx.communityId}`, name: '钱丽', staffOf: 'canteen', phone: `134${fx.staff.phone!.slice(3)}` };
    await writeTransaction(t.db, async (trx, record) => {
      const w = new SeedWriter(trx, record, t.clock.now().toISOString());
      await w.member(admin);
      await w.member(canteenStaff);
    });
    const people: Record<ActorName, Parameters<typeof loginAs>[1]> = {
      elder: fx.elder, daughter: fx.daughter, neighbour: fx.neighbour, volunteer: fx.volunteers[0]!, staff: fx.staff, canteenStaff,
      otherStaff: fx.outsiderStaff, admin,
    };
    const tokens = Object.fromEntries(await Promise.all(ACTORS.map(async (a) => [a, await loginAs(t, people[a])] as const))) as Record<ActorName, string>;
    const w: World = {
      t, fx, tokens, staffToken: tokens.staff, outsiderToken: await loginAs(t, fx.outsider), tomorrow: addDays(shanghaiDate(t.clock.now()), 1),
    };

    const table: Record<string, Record<ActorName, Outcome | string>> = {};
    const expected: Record<string, Record<ActorName, Outcome>> = {};
    for (const rule of RULES) {
      const row = `${rule.resource}: ${rule.action}`;
      table[row] = {} as Record<ActorName, Outcome | string>;
      expected[row] = rule.expected;
      for (const actor of ACTORS) table[row][actor] = await rule.run(w, actor);
    }
    expect(table).toEqual(expected);
  });
});
