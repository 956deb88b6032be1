import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, shanghaiDate, weekStart } from '../../src/shared/time';
import type { Booking } from '../../src/shared/canteen/booking';
import { launchChromium, logIn, waitForServiceWorker } from './browser';
import { apiLogin, rowsOf, type ApiSession } from './api';

const baseUrl = inject('baseUrl');
// 李娜 books at 初心食堂; 赵敏, its manager and staff of 凌云社区, ends her sessions at the office
const LI_NA = { phone: '13800000002', id: 'u-li-na' };
const STAFF_PHONE = '13800000006';
// next week's Tuesday lunch: ahead of its cut-off whenever the suite runs, and no other test's
const TUESDAY = addDays(addDays(weekStart(shanghaiDate(new Date())), 7), 1);
const SLOT = `c-chuxin-${TUESDAY}-lunch`;

let browser: Browser;
let staff: ApiSession;
beforeAll(async () => {
  browser = await launchChromium();
  staff = await apiLogin(baseUrl, STAFF_PHONE);
});
afterAll(async () => {
  await browser?.close();
});

/** Books next Tuesday's lunch through the menu. */
async function bookTuesdayLunch(page: Page): Promise<void> {
  await page.getByRole('button', { name: '下周' }).click();
  const [, month, day] = TUESDAY.split('-').map(Number);
  const card = page.getByRole('article', { name: new RegExp(`^${month}月${day}日.*午餐$`) });
  await card.getByRole('button', { name: '预订', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认预订' }).click();
  await expect.poll(() => card.getByText('已存在手机上，还没送到社区').count()).toBe(1);
}

/** 李娜's live bookings of the slot, as the server holds them. */
async function serverBookings(): Promise<Booking[]> {
  return rowsOf<Booking>(await staff.pullAll(), 'booking').filter((b) => b.slotId === SLOT && b.dinerId === LI_NA.id);
}

describe('a session ended while the phone was offline', () => {
  it('sends the phone to the login screen at its next sync, and its queued booking after the next login', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await logIn(context, baseUrl, LI_NA.phone);
    await waitForServiceWorker(page);
    expect(await serverBookings()).toEqual([]);

    await context.setOffline(true);
    await bookTuesdayLunch(page);
    // meanwhile, at the office: her phone was reported lost, staff end every session of hers
    const ended = await fetch(`${baseUrl}/api/sessions/end`, {
      method: 'POST', body: JSON.stringify({ userId: LI_NA.id }),
      headers: { authorization: `Bearer ${staff.token}`, 'content-type': 'application/json' },
    });
    // other browser files may have logged her in too: at least this phone's session ends
    expect((await ended.json() as { ended: number }).ended).toBeGreaterThanOrEqual(1);

    await context.setOffline(false);
    await page.getByRole('heading', { name: '登录邻里通' }).waitFor();
    expect(await serverBookings()).toEqual([]);

    // the same person logs in again on this phone: the booking queued before is sent, once
    await logIn(context, baseUrl, LI_NA.phone);
    await expect.poll(async () => (await serverBookings()).length).toBe(1);
    await context.close();
  });
});
