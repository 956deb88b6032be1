import { describe, expect, it } from 'vitest';
import { availableModes, checkBooking, checkCancel, makeBooking, type BookingContext } from '../../../src/shared/canteen/booking';
import { cutoffFor, hasSeatLeft, isPastCutoff, seatsLeft } from '../../../src/shared/canteen/meal-slot';
import { actorOf, chuxinCanteen, member, wednesdayLunch } from '../fixtures';

const beforeCutoff = new Date('2026-11-25T00:59:59Z'); // 08:59:59 in Shanghai
const atCutoff = new Date('2026-11-25T01:00:00Z'); // 09:00 in Shanghai

function context(overrides: Partial<BookingContext> = {}): BookingContext {
  const diner = member();
  return {
    actor: actorOf(diner),
    diner,
    canteen: chuxinCanteen(),
    slot: wednesdayLunch(),
    mode: 'dineIn',
    dinerBookingsForSlot: [],
    now: beforeCutoff,
    ...overrides,
  };
}

describe('seats', () => {
  it('counts seats left and never below zero', () => {
    expect(seatsLeft(wednesdayLunch({ seats: 40, seatsTaken: 39 }))).toBe(1);
    expect(hasSeatLeft(wednesdayLunch({ seats: 40, seatsTaken: 40 }))).toBe(false);
    expect(seatsLeft(wednesdayLunch({ seats: 40, seatsTaken: 41 }))).toBe(0);
  });

  it('refuses the booking when the last seat is gone', () => {
    expect(checkBooking(context({ slot: wednesdayLunch({ seats: 40, seatsTaken: 39 }) }))).toBeNull();
    expect(checkBooking(context({ slot: wednesdayLunch({ seats: 40, seatsTaken: 40 }) }))?.code).toBe('SLOT_FULL');
  });
});

describe('cut-off in Asia/Shanghai time', () => {
  it('closes lunch at 09:00 Shanghai on the day, dinner at 15:00', () => {
    const canteen = chuxinCanteen();
    expect(cutoffFor(canteen, '2026-11-25', 'lunch').toISOString()).toBe('2026-11-25T01:00:00.000Z');
    expect(cutoffFor(canteen, '2026-11-25', 'dinner').toISOString()).toBe('2026-11-25T07:00:00.000Z');
  });

  it('closes the day before when the canteen asks for it', () => {
    const canteen = chuxinCanteen({ cutoffs: { lunch: { daysBefore: 1, time: '17:00' }, dinner: { daysBefore: 0, time: '15:00' } } });
    expect(cutoffFor(canteen, '2026-11-25', 'lunch').toISOString()).toBe('2026-11-24T09:00:00.000Z');
  });

  it('refuses booking and cancelling from the cut-off instant on', () => {
    expect(isPastCutoff(wednesdayLunch(), beforeCutoff)).toBe(false);
    expect(isPastCutoff(wednesdayLunch(), atCutoff)).toBe(true);
    expect(checkBooking(context({ now: atCutoff }))?.code).toBe('PAST_CUTOFF');
    const booking = makeBooking(context(), 'b1', beforeCutoff.toISOString());
    const diner = member();
    expect(checkCancel(actorOf(diner), booking, diner, wednesdayLunch(), beforeCutoff)).toBeNull();
    expect(checkCancel(actorOf(diner), booking, diner, wednesdayLunch(), atCutoff)?.code).toBe('PAST_CUTOFF');
  });
});

describe('who may book for whom', () => {
  it('lets a daughter book for her mother in the same household', () => {
    const daughter = member({ id: 'li-na', name: '李娜', birthDate: '1985-06-01' });
    const ctx = context({ actor: actorOf(daughter) });
    expect(checkBooking(ctx)).toBeNull();
    const booking = makeBooking(ctx, 'b1', beforeCutoff.toISOString());
    expect(booking).toMatchObject({ dinerId: 'wang-xiuying', bookedById: 'li-na', priceTier: 'elder', priceFen: 1200 });
  });

  it('refuses a neighbour of another household', () => {
    const neighbour = member({ id: 'zhang-wei', householdId: 'household-zhang' });
    expect(checkBooking(context({ actor: actorOf(neighbour) }))).toMatchObject({ code: 'FORBIDDEN', fields: ['dinerId'] });
  });

  it('lets staff of the community book for an elder with no phone', () => {
    const staff = member({ id: 'zhao-min', role: 'staff', householdId: null });
    const elder = member({ id: 'no-phone', householdId: null, hasLogin: false });
    expect(checkBooking(context({ actor: actorOf(staff), diner: elder }))).toBeNull();
  });

  it('refuses staff of another community', () => {
    const staff = member({ id: 'other-staff', role: 'staff', householdId: null, communityId: 'cangnan' });
    expect(checkBooking(context({ actor: actorOf(staff) }))?.code).toBe('FORBIDDEN');
  });
});

describe('eligibility and duplicates', () => {
  it('serves only diners aged 80 and over at 站南爱老公益食堂', () => {
    const zhannan = chuxinCanteen({ minAge: 80 });
    expect(checkBooking(context({ canteen: zhannan }))).toBeNull();
    const young = member({ birthDate: '1950-01-01' });
    expect(checkBooking(context({ canteen: zhannan, diner: young, actor: actorOf(young) }))?.code).toBe('NOT_ELIGIBLE');
  });

  it('offers delivery only where the slot has it and the diner is old enough', () => {
    expect(checkBooking(context({ mode: 'delivery' }))?.code).toBe('MODE_UNAVAILABLE');
    const withDelivery = wednesdayLunch({ modes: ['dineIn', 'pickup', 'delivery'] });
    expect(checkBooking(context({ mode: 'delivery', slot: withDelivery }))).toBeNull();
    const young = member({ birthDate: '1960-01-01' });
    expect(checkBooking(context({ mode: 'delivery', slot: withDelivery, diner: young, actor: actorOf(young) }))?.code).toBe('NOT_ELIGIBLE');
  });

  it('lists the ways a diner may have the meal, delivery only from the delivery age', () => {
    const withDelivery = wednesdayLunch({ modes: ['dineIn', 'pickup', 'delivery'] });
    expect(availableModes(withDelivery, chuxinCanteen(), member())).toEqual(['dineIn', 'pickup', 'delivery']);
    expect(availableModes(withDelivery, chuxinCanteen(), member({ birthDate: '1960-01-01' }))).toEqual(['dineIn', 'pickup']);
    expect(availableModes(withDelivery, chuxinCanteen(), member({ ageVerified: false }))).toEqual(['dineIn', 'pickup']);
  });

  it('refuses a second booking of the same meal for the same diner, but not after a cancel', () => {
    expect(checkBooking(context({ dinerBookingsForSlot: [{ id: 'b1', status: 'confirmed' }] }))?.code).toBe('ALREADY_BOOKED');
    expect(checkBooking(context({ dinerBookingsForSlot: [{ id: 'b1', status: 'cancelled' }] }))).toBeNull();
  });

  it('refuses to cancel twice', () => {
    const booking = { ...makeBooking(context(), 'b1', beforeCutoff.toISOString()), status: 'cancelled' as const };
    const diner = member();
    expect(checkCancel(actorOf(diner), booking, diner, wednesdayLunch(), beforeCutoff)?.code).toBe('ALREADY_CANCELLED');
  });
});
