import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, shanghaiDate, weekStart } from '../../src/shared/time';
import type { Booking } from '../../src/shared/canteen/booking';
import type { MealSlot } from '../../src/shared/canteen/meal-slot';
import type { Member } from '../../src/shared/member';
import { launchChromium, logIn as logInThroughScreen, waitForServiceWorker } from './browser';
import { apiLogin, rowsOf, type ApiSession } from './api';

const baseUrl = inject('baseUrl');
// Next week's meals are always ahead of their cut-off, whatever time the suite runs.
const nextMonday = addDays(weekStart(shanghaiDate(new Date())), 7);
const WEDNESDAY = addDays(nextMonday, 2);
const THURSDAY = addDays(nextMonday, 3);
const FRIDAY = addDays(nextMonday, 4);
const lunchAtChuxin = (date: string) => `c-chuxin-${date}-lunch`;
const PHONES = { wang: '13800000001', zhang: '13800000003', liu: '13800000005', staff: '13800000006' };

let browser: Browser;
let staff: ApiSession;

beforeAll(async () => {
  browser = await launchChromium();
  staff = await apiLogin(baseUrl, PHONES.staff);
});
afterAll(async () => {
  await browser?.close();
});

/** Logs in through the login screen and waits for the menu. */
function logIn(context: BrowserContext, phone: string): Promise<Page> {
  return logInThroughScreen(context, baseUrl, phone);
}

/** The card of a date's lunch on the menu, after switching to next week. */
async function lunchCard(page: Page, date: string) {
  await page.getByRole('button', { name: '下周' }).click();
  const [, month, day] = date.split('-').map(Number);
  return page.getByRole('article', { name: new RegExp(`^${month}月${day}日.*午餐$`) });
}

async function bookLunch(page: Page, date: string): Promise<void> {
  const card = await lunchCard(page, date);
  await card.getByRole('button', { name: '预订', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认预订' }).click();
}

/** What the server holds, seen by the canteen's staff: the slot and its live bookings. */
async function serverSlot(slotId: string): Promise<{ slot: MealSlot; bookings: Booking[] }> {
  const rows = await staff.pullAll();
  const slot = rowsOf<MealSlot>(rows, 'mealSlot').find((s) => s.id === slotId);
  if (!slot) throw new Error(`the server has no slot ${slotId}`);
  return { slot, bookings: rowsOf<Booking>(rows, 'booking').filter((b) => b.slotId === slotId) };
}

/** A member of 凌云社区 by name, as the staff see them (the phone's own login is not disturbed). */
async function memberNamed(name: string): Promise<Member> {
  const found = rowsOf<Member>(await staff.pullAll(), 'member').find((m) => m.name === name);
  if (!found) throw new Error(`no member named ${name}`);
  return found;
}


/**
 * Runs in the page: records in `window.lies` any moment at which a meal card that shows a refusal
 * also says 已预订, or a toast words a booking as made, after a refusal has appeared.
 */
function watchForLies(): void {
  const w = window as unknown as { lies: string[]; refusedSeen: boolean };
  w.lies = [];
  w.refusedSeen = false;
  const check = () => {
    for (const card of document.querySelectorAll('.meal-card')) {
      const text = card.textContent ?? '';
      if (text.includes('没订上')) w.refusedSeen = true;
      if (text.includes('没订上') && text.includes('已预订')) w.lies.push(text);
    }
    const toasts = document.querySelector('.toasts')?.textContent ?? '';
    if (w.refusedSeen && /已为.*预订|预订成功/.test(toasts)) w.lies.push(toasts);
  };
  new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true });
}

describe('canteen booking in a real browser', () => {
  it('books a lunch online, then books and cancels offline, and both reach the server exactly once', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await logIn(context, PHONES.wang);
    const wang = await memberNamed('王秀英');
    const wednesdayBefore = (await serverSlot(lunchAtChuxin(WEDNESDAY))).slot.seatsTaken;
    const fridayBefore = (await serverSlot(lunchAtChuxin(FRIDAY))).slot.seatsTaken;

    // (a) online: the booking is confirmed by the server
    await bookLunch(page, WEDNESDAY);
    const wednesday = await lunchCard(page, WEDNESDAY);
    await expect.poll(() => wednesday.getByText('已预订').count()).toBe(1);
    const afterOnline = await serverSlot(lunchAtChuxin(WEDNESDAY));
    expect(afterOnline.bookings.filter((b) => b.dinerId === wang.id)).toHaveLength(1);
    expect(afterOnline.slot.seatsTaken).toBe(wednesdayBefore + 1);

    // (b) no signal: the app loads from the service worker and still books and cancels
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: '下周' }).waitFor();
    await expect.poll(() => page.getByText('离线', { exact: false }).count()).toBeGreaterThan(0);
    await bookLunch(page, FRIDAY);
    const friday = await lunchCard(page, FRIDAY);
    await expect.poll(() => friday.getByText('已存在手机上，还没送到社区').count()).toBe(1);
    // cancelling asks first; keeping the booking keeps it
    await (await lunchCard(page, WEDNESDAY)).getByRole('button', { name: /取消预订/ }).click();
    await page.getByRole('alertdialog', { name: '取消这一餐吗？' }).getByRole('button', { name: '不取消，保留预订' }).click();
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    expect(await wednesday.getByText('已预订').count()).toBe(1);
    expect(await page.getByText('离线 · 待同步 1 项').count()).toBe(1);
    await wednesday.getByRole('button', { name: /取消预订/ }).click();
    await page.getByRole('alertdialog', { name: '取消这一餐吗？' }).getByRole('button', { name: '取消预订' }).click();
    await expect.poll(() => wednesday.getByText('已预订').count()).toBe(0);
    // nothing has reached the server yet
    expect((await serverSlot(lunchAtChuxin(FRIDAY))).bookings.filter((b) => b.dinerId === wang.id)).toHaveLength(0);

    // back online: both changes reach the server without the resident doing anything
    await context.setOffline(false);
    await expect.poll(() => friday.getByText('已预订').count()).toBe(1);
    await expect.poll(async () => (await serverSlot(lunchAtChuxin(WEDNESDAY))).bookings.length).toBe(
      afterOnline.bookings.length - 1,
    );
    const fridayAfter = await serverSlot(lunchAtChuxin(FRIDAY));
    expect(fridayAfter.bookings.filter((b) => b.dinerId === wang.id)).toHaveLength(1);
    expect(fridayAfter.slot.seatsTaken).toBe(fridayBefore + 1);
    expect((await serverSlot(lunchAtChuxin(WEDNESDAY))).slot.seatsTaken).toBe(wednesdayBefore);
    await context.close();
  });

  it('gives the last seat to exactly one of two offline phones and tells the other why in Chinese', async () => {
    const slotId = lunchAtChuxin(THURSDAY);
    const [first, second] = [await browser.newContext({ locale: 'zh-CN' }), await browser.newContext({ locale: 'zh-CN' })];
    const pages = [await logIn(first, PHONES.zhang), await logIn(second, PHONES.liu)];
    // staff leave exactly one seat; the poke brings the new count to both phones
    const { slot } = await serverSlot(slotId);
    const applied = await staff.push([{ id: crypto.randomUUID(), name: 'setSlotSeats', args: { slotId, seats: slot.seatsTaken + 1 } }]);
    expect(applied.results[0]?.status).toBe('applied');
    for (const page of pages) {
      const card = await lunchCard(page, THURSDAY);
      await expect.poll(() => card.getByText('剩余 1 座').count()).toBe(1);
    }

    await first.setOffline(true);
    await second.setOffline(true);
    for (const page of pages) {
      await bookLunch(page, THURSDAY);
      await expect.poll(async () => (await lunchCard(page, THURSDAY)).getByText('已存在手机上，还没送到社区').count()).toBe(1);
    }
    // from here on, watch each phone: once its Thursday lunch shows a refusal, nothing on the
    // screen may say it is booked or word success for it again
    for (const page of pages) await page.evaluate(watchForLies);
    await Promise.all([first.setOffline(false), second.setOffline(false)]);

    const outcome = async (page: Page) => {
      const card = await lunchCard(page, THURSDAY);
      if ((await card.getByText('没订上', { exact: false }).count()) > 0) return 'rejected';
      if ((await card.getByText('已预订').count()) > 0) return 'confirmed';
      return 'waiting';
    };
    await expect.poll(async () => (await Promise.all(pages.map(outcome))).sort()).toEqual([
      'confirmed',
      'rejected',
    ]);
    const after = await serverSlot(slotId);
    const racers = [(await memberNamed('张伟')).id, (await memberNamed('刘洋')).id];
    expect(after.bookings.filter((b) => racers.includes(b.dinerId))).toHaveLength(1);
    expect(after.slot.seatsTaken).toBe(slot.seatsTaken + 1);
    const loser = (await outcome(pages[0]!)) === 'rejected' ? pages[0]! : pages[1]!;
    const loserName = loser === pages[0] ? '张伟' : '刘洋';
    // the refusal stands on the meal itself, in words, and the phone never said otherwise after it
    const card = await lunchCard(loser, THURSDAY);
    expect(await card.getByText(`没订上（${loserName}）：`, { exact: false }).textContent()).toContain('没订上');
    expect(await card.textContent()).toContain('这一餐已经订满了，没能为您预订。');
    expect(await card.getByText('已预订').count()).toBe(0);
    expect(await loser.evaluate(() => (window as unknown as { lies: string[] }).lies)).toEqual([]);
    // and on 我的预订, where she would look to be sure
    await loser.getByRole('link', { name: '我的预订' }).click();
    const refusedRow = loser.getByRole('listitem').filter({ hasText: '没订上' });
    await refusedRow.waitFor();
    expect(await refusedRow.textContent()).toContain('这一餐已经订满了，没能为您预订。');
    // read and dismissed, it is gone everywhere
    await refusedRow.getByRole('button', { name: `知道了：${loserName}没订上` }).click();
    await expect.poll(() => loser.getByText('这一餐已经订满了，没能为您预订。').count()).toBe(0);
    await first.close();
    await second.close();
  });
});
