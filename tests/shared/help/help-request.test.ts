import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/shared/member';
import { applyHelpAction, checkHelpAction, HELP_ACTIONS, HELP_STATUSES, type HelpAction, type HelpRequest, type HelpStatus } from '../../../src/shared/help/help-request';
import { canSeeHelpContact, canSeeHelpRequest, contactGranteeOf, type HelpContact } from '../../../src/shared/help/help-contact';
import { halfHoursOf, hoursByVolunteerMonth, overdueReason, serviceHours } from '../../../src/shared/help/help-hours';
import { visitDates, visitRequestId } from '../../../src/shared/help/visit-schedule';

const actor = (id: string, role: Actor['role'], householdId: string | null = null, communityIds = ['c1']): Actor => ({
  id, role, communityId: communityIds[0]!, householdId, communityIds,
});
const elder = actor('elder', 'resident', 'hh1');
const son = actor('son', 'resident', 'hh1');
const neighbour = actor('neighbour', 'resident', 'hh2');
const vol = actor('vol', 'volunteer');
const vol2 = actor('vol2', 'volunteer');
const staff = actor('staff', 'staff');
const otherStaff = actor('ostaff', 'staff', null, ['c2']);
const admin = actor('admin', 'admin', null, ['c2', 'c1']);
const party = { residentId: 'elder', householdId: 'hh1' };

function request(status: HelpStatus, assigneeId: string | null = status === 'submitted' ? null : 'vol'): HelpRequest {
  return {
    id: 'r1', communityId: 'c1', kindId: 'k', date: '2026-11-24', fromTime: '09:00', toTime: '11:00', building: '3栋', status,
    assigneeId, assigneeName: assigneeId, minutes: null, hoursConfirmed: false, thanked: false, visitScheduleId: null,
    createdAt: '2026-11-23T01:00:00.000Z', acceptedAt: null, startedAt: null, doneAt: null, closedAt: null,
  };
}

// The whole table: [actor, action, status] → allowed. Everything not listed is refused.
const ALLOWED: [Actor, HelpAction, HelpStatus][] = [
  [vol, 'accept', 'submitted'], [vol2, 'accept', 'submitted'],
  [staff, 'dispatch', 'submitted'], [staff, 'dispatch', 'accepted'], [admin, 'dispatch', 'submitted'], [admin, 'dispatch', 'accepted'],
  [vol, 'start', 'accepted'],
  [vol, 'note', 'accepted'], [vol, 'note', 'started'], [staff, 'note', 'accepted'], [staff, 'note', 'started'], [admin, 'note', 'accepted'], [admin, 'note', 'started'],
  [vol, 'finish', 'started'],
  [elder, 'confirm', 'done'], [son, 'confirm', 'done'], [staff, 'confirm', 'done'], [admin, 'confirm', 'done'],
  [elder, 'cancel', 'submitted'], [elder, 'cancel', 'accepted'], [son, 'cancel', 'submitted'], [son, 'cancel', 'accepted'],
  [staff, 'cancel', 'submitted'], [staff, 'cancel', 'accepted'], [admin, 'cancel', 'submitted'], [admin, 'cancel', 'accepted'],
  [staff, 'confirmHours', 'done'], [staff, 'confirmHours', 'confirmed'], [admin, 'confirmHours', 'done'], [admin, 'confirmHours', 'confirmed'],
];

describe('the help status machine', () => {
  const cases = [elder, son, neighbour, vol, vol2, staff, otherStaff, admin].flatMap((a) =>
    HELP_ACTIONS.flatMap((action) => HELP_STATUSES.map((status) => [a, action, status] as const)));
  it.each(cases)('%o may %s a %s request only if the table says so', (a, action, status) => {
    const allowed = ALLOWED.some(([x, y, z]) => x === a && y === action && z === status);
    expect(checkHelpAction(a, action, request(status), party) === null).toBe(allowed);
  });

  it('tells a second volunteer the request is taken', () => {
    expect(checkHelpAction(vol2, 'accept', request('accepted'), party)?.code).toBe('ALREADY_TAKEN');
    expect(checkHelpAction(elder, 'confirm', request('started'), party)?.code).toBe('WRONG_STATUS');
    expect(checkHelpAction(neighbour, 'cancel', request('submitted'), party)?.code).toBe('FORBIDDEN');
  });

  it('lets only staff call off a 敲门行动 visit; the resident and her son cannot', () => {
    const visit = { ...request('submitted'), visitScheduleId: 'vs-1' };
    expect(checkHelpAction(elder, 'cancel', visit, party)?.code).toBe('FORBIDDEN');
    expect(checkHelpAction(son, 'cancel', visit, party)?.code).toBe('FORBIDDEN');
    expect(checkHelpAction(staff, 'cancel', visit, party)).toBeNull();
    // the rest of a visit's life is as any request's: she confirms it was done
    expect(checkHelpAction(elder, 'confirm', { ...request('done'), visitScheduleId: 'vs-1' }, party)).toBeNull();
  });

  it('applies actions: assignee, times, minutes, thanks', () => {
    const accepted = applyHelpAction(request('submitted'), 'accept', { now: 'T1', assignee: { id: 'vol', name: '马丽华' } });
    expect(accepted).toMatchObject({ status: 'accepted', assigneeId: 'vol', assigneeName: '马丽华', acceptedAt: 'T1' });
    const done = applyHelpAction(applyHelpAction(accepted, 'start', { now: 'T2' }), 'finish', { now: 'T3', minutes: 45 });
    expect(done).toMatchObject({ status: 'done', startedAt: 'T2', doneAt: 'T3', minutes: 45 });
    expect(applyHelpAction(done, 'confirm', { now: 'T4' })).toMatchObject({ status: 'confirmed', thanked: true, closedAt: 'T4' });
    expect(applyHelpAction(done, 'confirmHours', { now: 'T4' })).toMatchObject({ status: 'done', hoursConfirmed: true });
  });
});

describe('help visibility', () => {
  const contact: HelpContact = {
    id: 'r1', communityId: 'c1', residentId: 'elder', householdId: 'hh1', residentName: '何淑芬', address: '5栋302', phone: '',
    note: '', volunteerNote: '', filedById: 'son',
  };
  it('shows the public request to volunteers while open or theirs, the household and staff of the community', () => {
    expect(canSeeHelpRequest(vol2, request('submitted'), party)).toBe(true);
    expect(canSeeHelpRequest(vol2, request('accepted'), party)).toBe(false);
    expect(canSeeHelpRequest(vol, request('done'), party)).toBe(true);
    expect(canSeeHelpRequest(son, request('cancelled'), party)).toBe(true);
    expect(canSeeHelpRequest(neighbour, request('submitted'), party)).toBe(false);
    expect(canSeeHelpRequest(staff, request('cancelled'), party)).toBe(true);
    expect(canSeeHelpRequest(otherStaff, request('submitted'), party)).toBe(false);
    expect(canSeeHelpRequest(actor('v3', 'volunteer', null, ['c2']), request('submitted'), party)).toBe(false);
  });
  it('shows the contact to the household, staff and the grantee only, and grants only while the task is live', () => {
    expect(contactGranteeOf(request('submitted'))).toBeNull();
    expect(contactGranteeOf(request('accepted'))).toBe('vol');
    expect(contactGranteeOf(request('done'))).toBe('vol');
    expect(contactGranteeOf(request('confirmed'))).toBeNull();
    expect(contactGranteeOf(request('cancelled'))).toBeNull();
    expect(canSeeHelpContact(vol, contact, 'vol')).toBe(true);
    expect(canSeeHelpContact(vol, contact, null)).toBe(false);
    expect(canSeeHelpContact(vol2, contact, 'vol')).toBe(false);
    expect(canSeeHelpContact(son, contact, null)).toBe(true);
    expect(canSeeHelpContact(staff, contact, null)).toBe(true);
    expect(canSeeHelpContact(otherStaff, contact, null)).toBe(false);
    expect(canSeeHelpContact(neighbour, contact, null)).toBe(false);
  });
});

describe('service hours and overdue', () => {
  it('rounds each task up to the next half hour', () => {
    expect([0, 1, 30, 31, 60, 61, 90].map(halfHoursOf)).toEqual([0, 1, 1, 2, 2, 3, 3]);
    const tasks = [
      { ...request('done'), id: 'a', minutes: 20, doneAt: '2026-11-01T02:00:00.000Z' },
      { ...request('confirmed'), id: 'b', minutes: 45, hoursConfirmed: true, doneAt: '2026-10-31T17:00:00.000Z' },
      { ...request('started'), id: 'c', minutes: null },
    ];
    expect(serviceHours(tasks, 'vol')).toEqual({ hours: 1.5, confirmedHours: 1 });
    // 2026-10-31T17:00Z is 11-01 01:00 in Shanghai: both in November
    expect(hoursByVolunteerMonth(tasks)).toEqual([{ volunteerId: 'vol', name: 'vol', month: '2026-11', hours: 1.5 }]);
  });
  it('flags requests not taken in time and windows passed (a missed visit)', () => {
    const open = request('submitted');
    expect(overdueReason(open, new Date('2026-11-23T02:00:00.000Z'))).toBeNull();
    expect(overdueReason(open, new Date('2026-11-23T05:00:00.000Z'))).toBe('notTaken');
    expect(overdueReason(request('accepted'), new Date('2026-11-24T03:00:00.000Z'))).toBe('pastWindow');
    expect(overdueReason(request('done'), new Date('2026-11-25T03:00:00.000Z'))).toBeNull();
  });
  it('plans visits on the weekday for the coming weeks with stable ids', () => {
    expect(visitDates({ weekday: 2 }, new Date('2026-11-23T02:00:00.000Z'))).toEqual(['2026-11-24', '2026-12-01']);
    expect(visitDates({ weekday: 1 }, new Date('2026-11-23T02:00:00.000Z'))).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']);
    expect(visitRequestId('vs1', '2026-11-24')).toBe(visitRequestId('vs1', '2026-11-24'));
  });
});
