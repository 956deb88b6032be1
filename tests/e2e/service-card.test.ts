import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, shanghaiDate, weekStart } from '../../src/shared/time';
import type { Booking } from '../../src/shared/canteen/booking';
import type { ServiceCard } from '../../src/shared/accounts/service-card';
import { launchChromium, logIn, waitForServiceWorker, waitForSynced } from './browser';
import { apiLogin, rowsOf, type ApiSession } from './api';
import { readQrCode } from './qr';

const baseUrl = inject('baseUrl');
// 吴德福, 87, of 凌云社区, has no phone number: 赵敏, staff there, prints him a service card
const WU = { id: 'u-wu-defu', name: '吴德福' };
const STAFF_PHONE = '13800000006';
// next week's Monday dinner at 初心食堂: ahead of its cut-off whenever the suite runs, no other
// test's, and not one his standing order (weekday lunches, demo data) books for him already
const MONDAY = addDays(weekStart(shanghaiDate(new Date())), 7);
const SLOT = `c-chuxin-${MONDAY}-dinner`;

let browser: Browser;
let staffApi: ApiSession;
beforeAll(async () => {
  browser = await launchChromium();
  staffApi = await apiLogin(baseUrl, STAFF_PHONE);
});
afterAll(async () => {
  await browser?.close();
});

/** 吴德福's live bookings of the slot, as the server holds them. */
async function serverBookings(): Promise<Booking[]> {
  return rowsOf<Booking>(await staffApi.pullAll(), 'booking').filter((b) => b.slotId === SLOT && b.dinerId === WU.id);
}

/** 吴德福's cards, as the server holds them. */
async function serverCards(): Promise<ServiceCard[]> {
  return rowsOf<ServiceCard>(await staffApi.pullAll(), 'serviceCard').filter((c) => c.memberId === WU.id);
}

/** 吴德福's row on the staff's office desk. */
function wuRow(staff: Page) {
  return staff.getByRole('listitem', { name: WU.name });
}

/**
 * At the office desk, prints 吴德福 a card and reads its QR code as a phone camera would, once
 * the card has reached the server (the page says it can be used).
 */
async function printCard(staff: Page): Promise<string> {
  await staff.getByRole('link', { name: '我的', exact: true }).click();
  await staff.getByRole('link', { name: /社区账号服务/ }).click();
  await staff.getByLabel('按姓名查找居民').fill(WU.name);
  await wuRow(staff).getByRole('button', { name: '打印服务卡' }).click();
  await staff.getByRole('status').filter({ hasText: '可以用了（还没有扫过）' }).waitFor();
  const card = staff.getByRole('article', { name: `${WU.name} 的服务卡` });
  await expect.poll(() => card.getByText('凌云社区').count()).toBe(1);
  return readQrCode(card.locator('.service-card-qr'));
}

/** Books next Monday's dinner through the menu, offline: it stays queued on the phone. */
async function bookMondayDinner(page: Page): Promise<void> {
  await page.getByRole('button', { name: '下周' }).click();
  const [, month, day] = MONDAY.split('-').map(Number);
  const card = page.getByRole('article', { name: new RegExp(`^${month}月${day}日.*晚餐$`) });
  await card.getByRole('button', { name: '预订', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认预订' }).click();
  await expect.poll(() => card.getByText('已存在手机上，还没送到社区').count()).toBe(1);
}

describe('a service card (党群爱心联系服务卡)', () => {
  it('logs an elder in from its QR code; revoked, logs that phone out at its next sync; the queued booking goes after a new card', async () => {
    const staffContext = await browser.newContext({ locale: 'zh-CN' });
    const staff = await logIn(staffContext, baseUrl, STAFF_PHONE);
    const link = await printCard(staff);
    expect(link).toMatch(new RegExp(`^${baseUrl}/card#[A-Za-z0-9_-]{43}$`));

    // the elder's phone opens the link the camera read: logged in, no number, no code
    const elderContext = await browser.newContext({ locale: 'zh-CN' });
    const elder = await elderContext.newPage();
    await elder.goto(link);
    await elder.getByRole('heading', { name: '本周菜单' }).waitFor();
    await waitForSynced(elder);
    expect(await elder.locator('.user-name').textContent()).toBe(WU.name);
    expect(new URL(elder.url()).hash).toBe('');
    await waitForServiceWorker(elder);
    // the card works once: opened again, it says so
    const otherContext = await browser.newContext({ locale: 'zh-CN' });
    const someoneElse = await otherContext.newPage();
    await someoneElse.goto(link);
    await someoneElse.getByText(/这张服务卡已经用过了/).waitFor();
    await otherContext.close();

    await elderContext.setOffline(true);
    await bookMondayDinner(elder);

    // at the office: the card is reported lost, staff revoke it
    await staff.getByRole('link', { name: '回到社区账号服务' }).click();
    await staff.getByLabel('按姓名查找居民').fill(WU.name);
    await wuRow(staff).getByRole('button', { name: '停用这张卡' }).click();
    await staff.getByRole('alertdialog').getByRole('button', { name: '停用', exact: true }).click();
    await expect.poll(async () => (await serverCards()).filter((c) => c.revokedAt !== null).length).toBe(1);

    // back in coverage, the phone learns at its next sync that it is logged out, and why
    await elderContext.setOffline(false);
    await elder.getByRole('heading', { name: '登录邻里通' }).waitFor();
    await elder.getByText(/服务卡已被社区停用/).waitFor();
    await elder.getByText(/还没送到社区的操作都还在这部手机上/).waitFor();
    expect(await serverBookings()).toEqual([]);

    // a new card, scanned on the same phone: the booking queued before is sent, once
    const second = await printCard(staff);
    expect(second).not.toBe(link);
    await elder.goto(second);
    await elder.getByRole('heading', { name: '本周菜单' }).waitFor();
    await expect.poll(async () => (await serverBookings()).length).toBe(1);
    await staffContext.close();
    await elderContext.close();
  });
});
