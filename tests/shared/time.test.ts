import { describe, expect, it } from 'vitest';
import { addDays, ageOn, isoWeekday, shanghaiDate, shanghaiInstant, weekDates, weekStart } from '../../src/shared/time';

describe('Asia/Shanghai calendar', () => {
  it('puts 23:30 UTC on the next Shanghai day', () => {
    expect(shanghaiDate(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(shanghaiDate(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
    expect(shanghaiDate(new Date('2026-11-24T16:00:00Z'))).toBe('2026-11-25');
  });

  it('reads wall-clock times as UTC+8', () => {
    expect(shanghaiInstant('2026-11-25', '09:00').toISOString()).toBe('2026-11-25T01:00:00.000Z');
    expect(shanghaiInstant('2026-11-25', '00:30').toISOString()).toBe('2026-11-24T16:30:00.000Z');
  });

  it('counts weeks from Monday', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekDates('2026-11-23')).toEqual([
      '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29',
    ]);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts age in whole years, turning on the birthday', () => {
    expect(ageOn('1946-03-12', '2026-03-11')).toBe(79);
    expect(ageOn('1946-03-12', '2026-03-12')).toBe(80);
    expect(ageOn('1966-11-26', '2026-11-25')).toBe(59);
  });
});
