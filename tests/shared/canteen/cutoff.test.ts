import { afterEach, describe, expect, it } from 'vitest';
import { checkBooking } from '../../../src/shared/canteen/booking';
import { cutoffFor, isPastCutoff } from '../../../src/shared/canteen/meal-slot';
import { checkCutoff, cutoffAtFrom, cutoffParts } from '../../../src/shared/canteen/menu-week';
import { actorOf, chuxinCanteen, member, wednesdayLunch } from '../fixtures';

/** Phone time zones and their offset (getTimezoneOffset, minutes) in late November 2026. */
const OFFSETS: Record<string, number> = {
  'Asia/Shanghai': -480, UTC: 0, 'America/Los_Angeles': 480, 'Europe/Berlin': -60, 'Asia/Kolkata': -330, 'Pacific/Kiritimati': -840,
};
const ZONES = Object.keys(OFFSETS);
const originalZone = process.env.TZ;

/** Runs with the process (the "phone") in a time zone, and checks the zone really changed. */
function inZone(zone: string, run: () => void): void {
  process.env.TZ = zone;
  expect(new Date('2026-11-25T01:00:00Z').getTimezoneOffset()).toBe(OFFSETS[zone]);
  run();
}

afterEach(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe('cut-off at the minute, in Asia/Shanghai', () => {
  it.each(ZONES)('closes 初心食堂\'s Wednesday lunch at 09:00 Shanghai to the millisecond with the phone in %s', (zone) => {
    inZone(zone, () => {
      const cutoff = cutoffFor(chuxinCanteen(), '2026-11-25', 'lunch');
      expect(cutoff.toISOString()).toBe('2026-11-25T01:00:00.000Z');
      const slot = wednesdayLunch({ cutoffAt: cutoff.toISOString() });
      expect(isPastCutoff(slot, new Date('2026-11-25T00:59:59.999Z'))).toBe(false);
      expect(isPastCutoff(slot, new Date('2026-11-25T01:00:00.000Z'))).toBe(true);
      const wang = member();
      const ctx = { actor: actorOf(wang), diner: wang, canteen: chuxinCanteen(), slot, mode: 'dineIn' as const, dinerBookingsForSlot: [] };
      expect(checkBooking({ ...ctx, now: new Date('2026-11-25T00:59:00.000Z') })).toBeNull();
      expect(checkBooking({ ...ctx, now: new Date('2026-11-25T01:00:00.000Z') })?.code).toBe('PAST_CUTOFF');
    });
  });

  it.each(ZONES)('turns the editor\'s Shanghai date and time into the same instant and back with the phone in %s', (zone) => {
    inZone(zone, () => {
      expect(cutoffAtFrom('2026-11-24', '16:30')).toBe('2026-11-24T08:30:00.000Z');
      expect(cutoffParts('2026-11-24T08:30:00.000Z')).toEqual({ date: '2026-11-24', time: '16:30' });
      // 00:30 in Shanghai is still the previous evening in UTC: the date shown is Shanghai's
      expect(cutoffParts(cutoffAtFrom('2026-11-25', '00:30'))).toEqual({ date: '2026-11-25', time: '00:30' });
    });
  });

  it('lets a cut-off be the last minute of the meal\'s day in Shanghai, not the next day, and not more than 14 days ahead', () => {
    expect(checkCutoff('2026-11-25', cutoffAtFrom('2026-11-25', '23:59'))).toBeNull();
    expect(checkCutoff('2026-11-25', cutoffAtFrom('2026-11-26', '00:00'))?.fields).toEqual(['cutoffAt']);
    expect(checkCutoff('2026-11-25', cutoffAtFrom('2026-11-11', '00:00'))).toBeNull();
    expect(checkCutoff('2026-11-25', cutoffAtFrom('2026-11-10', '23:59'))?.fields).toEqual(['cutoffAt']);
  });
});
