import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Member } from '../../../src/shared/member';
import { DIALECTS, useTestApp } from '../test-database';
import { bookMealMutation, loginAs, pullAll, push } from '../fixtures';
import { buildHelpCommunity } from '../help/help-fixtures';
import { outcome, pushOne, putRows } from './accounts-fixtures';

describe.each(DIALECTS)('residents registered by staff on %s', (kind) => {
  const t = useTestApp(kind);

  it('staff register a resident with no phone, book for them, and attach a phone later that logs in', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const [staff, otherStaff, elder] = await Promise.all([fx.staff, fx.outsiderStaff, fx.elder].map((p) => loginAs(t, p)));
    const memberId = randomUUID();
    const args = { memberId, communityId: fx.communityId, name: '钱宝根', birthDate: '1936-07-07' };
    expect(outcome(await pushOne(t, elder!, 'registerResident', { ...args, memberId: randomUUID() }))).toBe('FORBIDDEN');
    expect(outcome(await pushOne(t, otherStaff!, 'registerResident', { ...args, memberId: randomUUID() }))).toBe('FORBIDDEN');
    expect(outcome(await pushOne(t, staff!, 'registerResident', args))).toBe('applied');
    expect(outcome(await pushOne(t, staff!, 'registerResident', args))).toBe('INVALID');
    const row = putRows<Member>((await pullAll(t, staff!)).changes, 'member').find((m) => m.id === memberId);
    expect(row).toEqual({
      id: memberId, communityId: fx.communityId, householdId: `hh-${memberId}`, name: '钱宝根', role: 'resident',
      birthDate: '1936-07-07', ageVerified: true, groups: [], hasLogin: false,
    });
    expect(outcome((await push(t, staff!, [bookMealMutation(fx.slot.id, memberId)])).results[0]!)).toBe('applied');

    const phone = '13612345678';
    expect(outcome(await pushOne(t, otherStaff!, 'attachPhone', { memberId, phone }))).toBe('FORBIDDEN');
    expect(outcome(await pushOne(t, staff!, 'attachPhone', { memberId, phone: fx.elder.phone }))).toBe('PHONE_TAKEN');
    expect(outcome(await pushOne(t, staff!, 'attachPhone', { memberId, phone }))).toBe('applied');
    expect(putRows<Member>((await pullAll(t, staff!)).changes, 'member').find((m) => m.id === memberId)?.hasLogin).toBe(true);
    const token = await loginAs(t, { ...row!, phone });
    const own = await pullAll(t, token);
    // his own phone receives the booking staff made for him
    expect(own.changes.some((c) => c.entity === 'booking' && c.op === 'put')).toBe(true);
    // no member row carries a phone number
    expect(JSON.stringify(own.changes)).not.toContain(phone);
  });
});
