/**
 * The menu as an elder meets it on a phone (360×740): it opens on the next meal she can book,
 * the days gone by are folded away, a day picker brings any day into view, and 确认预订 is never
 * hidden behind the bottom bar, in normal mode and in elder mode at the largest text size.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { addDays, shanghaiDate, shanghaiInstant, weekStart } from '../../src/shared/time';
import { launchChromium, logIn } from './browser';

const baseUrl = inject('baseUrl');
// 高鹏, 农南二社区 volunteer: no household, the community's 助餐点 serves lunch, booking closes 09:00
const PHONE = '13800000024';
// the phone's clock stands at Wednesday 10:00 of this week (the demo's menus are this week and next):
// Monday's to Wednesday's lunches have closed, Thursday's is the next one to book
const MONDAY = weekStart(shanghaiDate(new Date()));
const WEDNESDAY = addDays(MONDAY, 2);
const NOW = shanghaiInstant(WEDNESDAY, '10:00');

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
  // Date stands still at NOW; timers run as usual
  await context.clock.setFixedTime(NOW);
  page = await logIn(context, baseUrl, PHONE);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** "11月26日" of a date, as the day headings start. */
function monthDay(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  return `${month}月${day}日`;
}

/** The day picker's name of a day of this week: "周四 26日". */
function dayButtonName(daysAfterMonday: number): string {
  const date = addDays(MONDAY, daysAfterMonday);
  return `${['周一', '周二', '周三', '周四', '周五', '周六', '周日'][daysAfterMonday]} ${Number(date.slice(8))}日`;
}

/** Whether two boxes share any area. */
function intersects(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Fails unless `button` is wholly on screen and clear of the bottom bar. */
async function expectClearOfBottomBar(button: Locator, what: string): Promise<void> {
  const [box, bar] = [await button.boundingBox(), await page.locator('.bottom-nav').boundingBox()];
  if (!box || !bar) throw new Error(`${what}: the button or the bottom bar is not on screen`);
  expect(intersects(box, bar), `${what}: 确认预订 ${JSON.stringify(box)} under the bottom bar ${JSON.stringify(bar)}`).toBe(false);
  expect(box.y, `${what}: 确认预订 above the top of the screen`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: 确认预订 below the bottom bar`).toBeLessThanOrEqual(bar.y);
}

/** Opens the booking panel of the first meal shown and checks 确认预订, also with the panel's title scrolled to the top. */
async function checkConfirmButton(mode: string): Promise<void> {
  await page.getByRole('article').first().getByRole('button', { name: '预订', exact: true }).click();
  const panel = page.getByRole('dialog');
  const confirm = panel.getByRole('button', { name: '确认预订' });
  await confirm.waitFor();
  await expectClearOfBottomBar(confirm, `${mode}, panel just opened`);
  // reading the panel from its title down: the button still stands above the bar
  await panel.getByRole('heading').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await expectClearOfBottomBar(confirm, `${mode}, panel read from its title`);
  await panel.getByRole('button', { name: '关闭' }).click();
  await panel.waitFor({ state: 'detached' });
}

describe('the menu on a phone, 360×740', () => {
  it('opens on the next meal one can book, marked, on the first screen', async () => {
    // closed <details> content is not rendered, so the first article Playwright sees is the first shown
    const first = page.getByRole('article').first();
    expect(await first.getAttribute('aria-labelledby')).toBe(`day-${addDays(MONDAY, 3)} slot-c-nongnaner-${addDays(MONDAY, 3)}-lunch`);
    await first.getByText('下一顿可订').waitFor();
    const box = await first.boundingBox();
    const bar = await page.locator('.bottom-nav').boundingBox();
    expect(box && bar && box.y + 100 < bar.y, 'the card starts on the first screen, above the bottom bar').toBe(true);
    expect(await page.getByText('下一顿可订').count()).toBe(1);
  });

  it('folds the days gone by under 已过去的日子, closed, and opens them on a tap', async () => {
    const fold = page.locator('details.past-days');
    expect(await fold.locator('summary').textContent()).toBe('已过去的日子（3 餐已截止）');
    expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const monday = page.getByRole('article', { name: new RegExp(`^${monthDay(MONDAY)}.*午餐$`) });
    expect(await monday.count()).toBe(0);
    await fold.locator('summary').click();
    await monday.waitFor();
    expect(await monday.textContent()).toContain('已截止');
    await fold.locator('summary').click();
    await monday.waitFor({ state: 'hidden' });
  });

  it('has a day picker of large buttons that brings the picked day into view', async () => {
    const picker = page.getByRole('group', { name: '选择哪一天' });
    const days = picker.getByRole('button');
    expect(await days.count()).toBe(7);
    for (const box of await days.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height))) expect(box).toBeGreaterThanOrEqual(48);
    expect(await picker.getByRole('button', { name: dayButtonName(3) }).getAttribute('aria-pressed')).toBe('true');
    expect(await picker.locator('[aria-current="date"]').getAttribute('aria-label')).toBe(dayButtonName(2));

    const saturday = addDays(MONDAY, 5);
    await picker.getByRole('button', { name: dayButtonName(5) }).click();
    const heading = page.getByRole('heading', { name: new RegExp(`^${monthDay(saturday)}`) });
    await expect.poll(() => heading.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(100);
    expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await picker.getByRole('button', { name: dayButtonName(5) }).getAttribute('aria-pressed')).toBe('true');

    // a day gone by opens the fold to be shown
    await picker.getByRole('button', { name: dayButtonName(0) }).click();
    await page.getByRole('article', { name: new RegExp(`^${monthDay(MONDAY)}.*午餐$`) }).waitFor();
    expect(await page.locator('details.past-days').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.locator('details.past-days summary').click();
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('keeps 确认预订 above the bottom bar in normal mode', async () => {
    await checkConfirmButton('normal mode');
  });

  it('keeps 确认预订 above the bottom bar in elder mode at the largest text size, with 60 px day buttons', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('switch', { name: '长辈模式' }).click();
    await page.locator('html[data-elder]').waitFor({ state: 'attached' });
    await page.getByText('显示设置', { exact: true }).click();
    const larger = page.getByRole('button', { name: /字大一点/ });
    while (await larger.isEnabled()) await larger.click();
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%');
    const heights = await page.getByRole('group', { name: '选择哪一天' }).getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(60);
    await checkConfirmButton('elder mode, largest text');
  });
});
