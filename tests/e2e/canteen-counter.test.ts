import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, logIn, waitForSynced } from './browser';
import { apiLogin, rowsOf } from './api';
import type { MealServing } from '../../src/shared/canteen/meal-serving';

const baseUrl = inject('baseUrl');
const PHONES = { wang: '13800000001', staff: '13800000006' };

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Counts the pages of a PDF: one `/Type /Page` object each (the `/Pages` tree node excluded). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

describe('the canteen\'s counter and prep list', () => {
  it('records a weighed plate offline at the counter, and the resident sees the charged price once both have synced', async () => {
    const staffContext = await browser.newContext({ locale: 'zh-CN' });
    const counter = await logIn(staffContext, baseUrl, PHONES.staff);
    await counter.getByRole('link', { name: '柜台' }).click();
    await counter.getByRole('heading', { name: '柜台' }).waitFor();
    // today's dinner at 初心食堂, whatever the hour: 王秀英 walks in without a booking
    await counter.getByRole('button', { name: '晚餐' }).click();
    await counter.getByText(/这一餐 \d+ 份，已取 \d+ 份/).waitFor();
    await staffContext.setOffline(true);
    await counter.getByText('现场登记（没有预订的人）').click();
    const walkIn = counter.getByRole('form', { name: '现场登记（没有预订的人）' });
    await walkIn.getByLabel('选一位居民').selectOption({ label: '王秀英' });
    await walkIn.getByLabel('重量（克）').fill('420');
    await walkIn.getByLabel('实收金额（元）').fill('12.6');
    await walkIn.getByRole('button', { name: '登记并记录取餐' }).click();
    const card = counter.getByRole('listitem').filter({ hasText: '王秀英' });
    await card.getByText(/已取餐：赵敏 \d\d:\d\d 记录 · 实收 ¥12\.60 · 420 克/).waitFor();
    expect(await card.getByText('已存在手机上，还没送到社区').count()).toBe(1);
    // nothing has reached the server while the counter is offline
    const wang = await apiLogin(baseUrl, PHONES.wang);
    expect(rowsOf<MealServing>(await wang.pullAll(), 'mealServing')).toEqual([]);

    await staffContext.setOffline(false);
    await expect.poll(() => card.getByText('已存在手机上，还没送到社区').count()).toBe(0);
    await waitForSynced(counter);

    const residentContext = await browser.newContext({ locale: 'zh-CN' });
    const resident = await logIn(residentContext, baseUrl, PHONES.wang);
    await resident.getByRole('link', { name: '我的预订' }).click();
    await resident.getByText('实收 ¥12.60（420 克）').waitFor();
    const served = rowsOf<MealServing>(await wang.pullAll(), 'mealServing');
    expect(served).toMatchObject([{ grams: 420, chargedFen: 1260, priceTier: 'elder', servedByName: '赵敏' }]);
    await residentContext.close();
    await staffContext.close();
  });

  it('prints the prep list, with a diet note, on exactly one A4 page and nothing of the app around it', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await logIn(context, baseUrl, PHONES.staff);
    // the kitchen learns 王秀英 eats soft food and no peanuts
    await page.getByRole('link', { name: '饮食注意' }).click();
    await page.getByLabel('为谁填写').selectOption({ label: '王秀英' });
    await page.getByLabel('软食').check();
    await page.getByLabel('过敏的食物').fill('花生');
    await page.getByRole('button', { name: '保存' }).click();
    await page.goBack();
    await page.getByRole('link', { name: '备餐单' }).click();
    await page.getByRole('button', { name: '晚餐' }).click();
    const sheet = page.getByRole('article', { name: /初心食堂 .* 晚餐 备餐单/ });
    await sheet.getByText('软食；过敏：花生').waitFor();
    await sheet.getByText(/共 \d+ 份：堂食 \d+ · 自取 \d+ · 送餐 \d+/).waitFor();

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.bottom-nav').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印（A4 一页）' }).isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPageCount(pdf)).toBe(1);
    await context.close();
  });
});
