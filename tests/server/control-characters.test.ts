import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MutationResult } from '../../src/shared/sync/protocol';
import { DIALECTS, useTestApp } from './test-database';
import { bookMealMutation, buildCommunity, loginAs, push, rawMutation, seatsTaken } from './fixtures';
import { eventFields } from './events/event-fixtures';

/** The code and fields of a refused result, or its status. */
function outcome(r: MutationResult | undefined): string {
  return r?.status === 'rejected' ? `${r.code} ${r.fields.join(',')}` : String(r?.status);
}

// PostgreSQL cannot store NUL: before the shared schemas refused control characters, such an
// argument failed the whole push there with a 500 (the queue jammed for good), but not on SQLite.
describe.each(DIALECTS)('control characters in a push on %s', (kind) => {
  const t = useTestApp(kind);

  it('refuses each such mutation as INVALID naming the field, and applies the rest of the batch', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.elder);
    const staff = await loginAs(t, fx.staff);
    const before = bookMealMutation(fx.slot.id, fx.elder.id);
    const after = bookMealMutation(fx.slot.id, fx.daughter.id);
    const batch = [
      before,
      rawMutation('cancelBooking', { bookingId: 'a\u0000b' }),
      rawMutation('addHouseholdMember', { memberId: randomUUID(), name: '小\u0000明', birthDate: '2018-03-01' }),
      rawMutation('proposeEventWish', { wishId: randomUUID(), topic: '防诈骗\u0000讲座' }),
      rawMutation('proposeEventWish', { wishId: randomUUID(), topic: '防诈骗\u001b[31m讲座' }),
      rawMutation('proposeEventWish', { wishId: randomUUID(), topic: '防诈骗\ud800讲座' }),
      rawMutation('addHouseholdMember', { memberId: randomUUID(), name: '小明\n', birthDate: '2018-03-01' }),
      rawMutation('book\u0000Meal', {}),
      after,
    ];
    const { results } = await push(t, token, batch);
    expect(results.map(outcome)).toEqual([
      'applied', 'INVALID bookingId', 'INVALID name', 'INVALID topic', 'INVALID topic', 'INVALID topic', 'INVALID name',
      'UNKNOWN_MUTATION name', 'applied',
    ]);
    expect(await seatsTaken(t.db, fx.slot.id)).toBe(2);
    // a replay of the same batch gets the same answers from the journal
    expect((await push(t, token, batch)).results).toEqual(results);

    const event = rawMutation('createEvent', {
      eventIds: [randomUUID()], seriesId: null, communityId: fx.communityId,
      fields: eventFields({ title: '亲子\u0000阅读', description: '第一行\r\n第二行\u0007' }),
    });
    const refused = await push(t, staff, [event]);
    expect(outcome(refused.results[0])).toBe('INVALID fields.title,fields.description');
  });

  it('keeps line breaks in a multi-line description, as one \\n whatever the phone sent', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const staff = await loginAs(t, fx.staff);
    const eventId = randomUUID();
    const event = rawMutation('createEvent', {
      eventIds: [eventId], seriesId: null, communityId: fx.communityId,
      fields: eventFields({ description: '带上身份证\r\n带上水杯\n' }),
    });
    expect((await push(t, staff, [event])).results[0]?.status).toBe('applied');
    const row = await t.db.selectFrom('events').select('description').where('id', '=', eventId).executeTakeFirstOrThrow();
    expect(row.description).toBe('带上身份证\n带上水杯\n');
  });
});
