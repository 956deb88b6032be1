import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatDay, formatDayRange, formatList, formatMoney, formatMonth, formatTime } from '../../../src/client/i18n/format';
import { switchLanguage } from '../../../src/client/i18n/t';

// a fixed instant: Tuesday 24 November 2026, 10:00 in Shanghai, but still Monday 23 November in
// Los Angeles, where this phone says it is; the words must follow Shanghai
const INSTANT = '2026-11-24T02:00:00.000Z';
const phoneZone = process.env.TZ;

beforeAll(() => {
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(() => {
  process.env.TZ = phoneZone;
});
afterEach(async () => {
  await switchLanguage('zh-CN');
});

describe('dates, times and money', () => {
  it('are in Asia/Shanghai whatever zone the phone is in', () => {
    // the phone's own zone really is elsewhere: there it is still Monday
    expect(new Date(INSTANT).getDay()).toBe(1);
    expect(formatDay(INSTANT)).toBe('11月24日 周二');
    expect(formatTime(INSTANT)).toBe('10:00');
    // a calendar date is the Shanghai day, never shifted a day by the phone's zone
    expect(formatDay('2026-11-24')).toBe('11月24日 周二');
    expect(formatTime('2026-11-23T16:30:00.000Z')).toBe('00:30');
  });

  it('read as Simplified Chinese by default', () => {
    expect(formatDayRange('2026-11-23', '2026-11-29')).toBe('11月23日 至 11月29日');
    expect(formatMonth('2026-11')).toBe('2026年11月');
    expect(formatMoney(990)).toBe('¥9.90');
    expect(formatMoney(1500)).toBe('¥15.00');
    expect(formatList(['林芳', '林小宇'])).toBe('林芳、林小宇');
  });

  it('read as Traditional Chinese', async () => {
    await switchLanguage('zh-TW');
    expect(formatDay(INSTANT)).toBe('11月24日 週二');
    expect(formatTime(INSTANT)).toBe('10:00');
    expect(formatDayRange('2026-11-23', '2026-11-29')).toBe('11月23日 至 11月29日');
    expect(formatMonth('2026-11')).toBe('2026年11月');
    expect(formatMoney(990)).toBe('¥9.90');
  });

  it('read as English', async () => {
    await switchLanguage('en');
    expect(formatDay(INSTANT)).toBe('Tue 24 Nov');
    expect(formatDay('2026-11-29')).toBe('Sun 29 Nov');
    expect(formatTime(INSTANT)).toBe('10:00');
    expect(formatDayRange('2026-11-23', '2026-11-29')).toBe('23 Nov – 29 Nov');
    expect(formatMonth('2026-11')).toBe('November 2026');
    expect(formatMoney(990)).toBe('¥9.90');
    expect(formatList(['Lin Fang', 'Lin Xiaoyu'])).toBe('Lin Fang, Lin Xiaoyu');
  });
});
