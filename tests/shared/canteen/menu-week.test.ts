import { describe, expect, it } from 'vitest';
import { checkBooking } from '../../../src/shared/canteen/booking';
import { checkCanteenStaff } from '../../../src/shared/canteen/canteen-staff';
import { checkSeatChange } from '../../../src/shared/canteen/meal-slot';
import {
  checkCopy, checkMealDraft, checkMonday, checkRemoveSlot, copiedSlots, draftedSlot, draftsToPublish, slotAt,
} from '../../../src/shared/canteen/menu-week';
import { actorOf, chuxinCanteen, member, wednesdayLunch } from '../fixtures';

const canteen = chuxinCanteen();
const staff = member({ id: 'zhao-min', role: 'staff', householdId: null });
const otherStaff = member({ id: 'zhou-li', role: 'staff', householdId: null, communityId: 'cangnanjie' });

describe('who runs a canteen', () => {
  it('is staff or an administrator serving its community, and no one else', () => {
    expect(checkCanteenStaff(actorOf(staff), 'lingyun', 'canteenId')).toBeNull();
    expect(checkCanteenStaff(actorOf(member({ role: 'admin' }), ['lingyun', 'cangnanjie']), 'lingyun', 'canteenId')).toBeNull();
    expect(checkCanteenStaff(actorOf(otherStaff), 'lingyun', 'canteenId')).toMatchObject({ code: 'FORBIDDEN', fields: ['canteenId'] });
    expect(checkCanteenStaff(actorOf(member()), 'lingyun', 'slotId')).toMatchObject({ code: 'FORBIDDEN', fields: ['slotId'] });
    expect(checkSeatChange(actorOf(otherStaff), wednesdayLunch(), 80)?.code).toBe('FORBIDDEN');
    expect(checkSeatChange(actorOf(staff), wednesdayLunch({ seatsTaken: 10 }), 9)?.code).toBe('SEATS_BELOW_BOOKED');
    expect(checkSeatChange(actorOf(staff), wednesdayLunch({ seatsTaken: 10 }), 10)).toBeNull();
  });
});

describe('drafting a week', () => {
  const lastWeek = [
    wednesdayLunch({ id: 'a', date: '2026-11-18', cutoffAt: '2026-11-18T01:00:00.000Z', seatsTaken: 30, seats: 50 }),
    wednesdayLunch({ id: 'b', date: '2026-11-20', meal: 'dinner', cutoffAt: '2026-11-20T07:00:00.000Z' }),
  ];

  it('copies last week to the same weekdays as drafts, with nothing booked and the cut-off a week on', () => {
    const copies = copiedSlots(lastWeek, [], '2026-11-23');
    expect(copies.map((s) => [s.id, s.date, s.meal, s.published, s.seatsTaken, s.seats, s.cutoffAt])).toEqual([
      ['canteen-chuxin-2026-11-25-lunch', '2026-11-25', 'lunch', false, 0, 50, '2026-11-25T01:00:00.000Z'],
      ['canteen-chuxin-2026-11-27-dinner', '2026-11-27', 'dinner', false, 0, 60, '2026-11-27T07:00:00.000Z'],
    ]);
    expect(copies[0]?.dishIds).toEqual(lastWeek[0]?.dishIds);
  });

  it('keeps the meals the week already has, and says when a copy would add nothing', () => {
    const kept = [wednesdayLunch({ id: 'old-id', date: '2026-11-25' })];
    const copies = copiedSlots(lastWeek, kept, '2026-11-23');
    expect(copies.map((s) => s.date)).toEqual(['2026-11-27']);
    expect(checkCopy(copies, 2)).toBeNull();
    expect(checkCopy([], 2)).toMatchObject({ code: 'NOTHING_TO_COPY' });
    expect(checkCopy([], 0)?.message).toContain('no menu');
    expect(slotAt(kept, 'canteen-chuxin', '2026-11-25', 'lunch')?.id).toBe('old-id');
  });

  it('publishes only drafts, and refuses an empty publish', () => {
    const week = [wednesdayLunch({ id: 'p' }), wednesdayLunch({ id: 'd', published: false })];
    expect(draftsToPublish(week).drafts.map((s) => s.id)).toEqual(['d']);
    expect(draftsToPublish([wednesdayLunch()]).refusal?.code).toBe('NOTHING_TO_PUBLISH');
    expect(checkRemoveSlot(wednesdayLunch())?.code).toBe('ALREADY_PUBLISHED');
    expect(checkRemoveSlot(wednesdayLunch({ published: false }))).toBeNull();
    expect(checkMonday('2026-11-23')).toBeNull();
    expect(checkMonday('2026-11-24')).toMatchObject({ code: 'INVALID', fields: ['monday'] });
  });

  it('drafts a new meal with the canteen\'s seats, and edits an existing one without touching its bookings', () => {
    const draft = { date: '2026-12-02', meal: 'lunch' as const, dishIds: ['x'], cutoffAt: '2026-12-02T01:00:00.000Z', modes: ['dineIn' as const] };
    expect(draftedSlot(canteen, draft, undefined)).toMatchObject({ id: 'canteen-chuxin-2026-12-02-lunch', seats: 60, seatsTaken: 0, published: false });
    const booked = wednesdayLunch({ seatsTaken: 12 });
    expect(draftedSlot(canteen, { ...draft, date: booked.date }, booked)).toMatchObject({ id: booked.id, seatsTaken: 12, published: true, dishIds: ['x'] });
  });

  it('refuses a meal with another canteen\'s dish, a dish twice, or a cut-off after its day', () => {
    const draft = { date: '2026-12-02', meal: 'lunch' as const, dishIds: ['x'], cutoffAt: '2026-12-02T01:00:00.000Z', modes: ['dineIn' as const] };
    const own = { id: 'x', canteenId: canteen.id };
    expect(checkMealDraft(canteen, draft, [own])).toBeNull();
    expect(checkMealDraft(canteen, draft, [{ id: 'x', canteenId: 'c-zhannan' }])).toMatchObject({ code: 'NOT_FOUND', fields: ['dishIds'] });
    expect(checkMealDraft(canteen, draft, [undefined])?.code).toBe('NOT_FOUND');
    expect(checkMealDraft(canteen, { ...draft, dishIds: ['x', 'x'] }, [own, own])?.fields).toEqual(['dishIds']);
    expect(checkMealDraft(canteen, { ...draft, modes: ['dineIn', 'dineIn'] }, [own])?.fields).toEqual(['modes']);
    expect(checkMealDraft(canteen, { ...draft, cutoffAt: '2026-12-02T16:00:00.000Z' }, [own])?.fields).toEqual(['cutoffAt']);
  });

  it('never lets anyone book a draft', () => {
    const wang = member();
    const ctx = { actor: actorOf(wang), diner: wang, canteen, mode: 'dineIn' as const, dinerBookingsForSlot: [], now: new Date('2026-11-23T02:00:00Z') };
    expect(checkBooking({ ...ctx, slot: wednesdayLunch({ published: false }) })).toMatchObject({ code: 'NOT_FOUND', fields: ['slotId'] });
    expect(checkBooking({ ...ctx, actor: actorOf(staff), slot: wednesdayLunch({ published: false }) })?.code).toBe('NOT_FOUND');
    expect(checkBooking({ ...ctx, slot: wednesdayLunch() })).toBeNull();
  });
});
