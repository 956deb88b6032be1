import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Dish } from '../../src/shared/canteen/dish';
import type { MealSlot } from '../../src/shared/canteen/meal-slot';
import type { Booking } from '../../src/shared/canteen/booking';
import { addDays, shanghaiDate, weekStart } from '../../src/shared/time';
import { launchChromium, logIn, waitForSynced } from './browser';
import { apiLogin, rowsOf } from './api';

const baseUrl = inject('baseUrl');
const nextMonday = addDays(weekStart(shanghaiDate(new Date())), 7);
const WEDNESDAY = addDays(nextMonday, 2);
const [, WED_MONTH, WED_DAY] = WEDNESDAY.split('-').map(Number);
const WEDNESDAY_LUNCH = `c-zhannan-${WEDNESDAY}-lunch`;
// 周丽 runs 站南爱老公益食堂 (仓南街社区); 陈桂兰, 85, eats there
const PHONES = { zhouLi: '13800000007', chenGuilan: '13800000004' };
const NEW_DISH = '番茄牛腩烩面';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A camera-sized picture (1600×1200 PNG, several MB, with noise that JPEG cannot squeeze), drawn in the page. */
async function cameraPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 1600;
    canvas.height = 1200;
    const g = canvas.getContext('2d')!;
    const image = g.createImageData(canvas.width, canvas.height);
    for (let i = 0; i < image.data.length; i += 4) {
      const x = (i / 4) % canvas.width;
      image.data[i] = (x / 7 + Math.random() * 90) & 255;
      image.data[i + 1] = Math.random() * 255;
      image.data[i + 2] = 120;
      image.data[i + 3] = 255;
    }
    g.putImageData(image, 0, 0);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  });
  return Buffer.from(base64, 'base64');
}

/** Wednesday's lunch card in the editor, once it holds a meal in the given state. */
function editorLunch(page: Page, state: '草稿' | '已发布') {
  return page.getByRole('article', { name: new RegExp(`^${WED_MONTH}月${WED_DAY}日.*午餐\\s*${state}`) });
}

describe('菜单管理 in a real browser', () => {
  it('staff copy this week into next, change one dish (with a photo shrunk on the phone), publish; a resident books it after sync', async () => {
    const staffApi = await apiLogin(baseUrl, PHONES.zhouLi);
    const residentApi = await apiLogin(baseUrl, PHONES.chenGuilan);
    // the resident's phone is open on next week's menu, still empty
    const residentContext = await browser.newContext({ locale: 'zh-CN' });
    const resident = await logIn(residentContext, baseUrl, PHONES.chenGuilan);
    await resident.getByRole('button', { name: '下周' }).click();
    await resident.getByText('这一周还没有公布菜单。').waitFor();

    // staff on a 360 px phone: the menu links them to 菜单管理, which opens on next week
    const staffContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 } });
    const staff = await logIn(staffContext, baseUrl, PHONES.zhouLi);
    await staff.getByRole('link', { name: '菜单管理' }).click();
    await staff.getByRole('heading', { name: '菜单管理', level: 1 }).waitFor();
    await staff.getByRole('button', { name: '复制上周菜单' }).click();
    await editorLunch(staff, '草稿').waitFor();
    expect(await staff.getByRole('article', { name: /午餐\s*草稿/ }).count()).toBe(7);

    // a new dish with a photo straight from the camera
    await staff.getByRole('button', { name: '添加菜品' }).click();
    const dishForm = staff.getByRole('form', { name: '添加菜品' });
    await dishForm.getByLabel('菜名').fill(NEW_DISH);
    await dishForm.getByRole('checkbox', { name: '软食' }).check();
    await dishForm.getByRole('checkbox', { name: '麸质' }).check();
    await dishForm.getByLabel('照片（可以不加）').setInputFiles({ name: 'IMG_0001.png', mimeType: 'image/png', buffer: await cameraPhoto(staff) });
    await dishForm.getByRole('img', { name: NEW_DISH }).waitFor();
    await dishForm.getByRole('button', { name: '保存菜品' }).click();
    await dishForm.waitFor({ state: 'detached' });

    // Wednesday: the first dish out, the new one in
    await editorLunch(staff, '草稿').getByRole('button', { name: '修改午餐' }).click();
    const mealForm = staff.getByRole('form', { name: new RegExp(`${WED_MONTH}月${WED_DAY}日.*午餐`) });
    const firstTicked = mealForm.locator('label.choice:has(input:checked)').first();
    const dropped = (await firstTicked.innerText()).trim();
    await firstTicked.getByRole('checkbox').uncheck();
    await mealForm.getByRole('checkbox', { name: NEW_DISH }).check();
    await mealForm.getByRole('button', { name: '保存这一餐' }).click();
    await editorLunch(staff, '草稿').getByText(NEW_DISH).waitFor();
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await waitForSynced(staff);

    // the drafts are on the server and none of it reaches the resident
    const drafted = rowsOf<MealSlot>(await staffApi.pullAll(), 'mealSlot').find((s) => s.id === WEDNESDAY_LUNCH);
    expect(drafted).toMatchObject({ published: false });
    const residentBefore = await residentApi.pullAll();
    expect(rowsOf<MealSlot>(residentBefore, 'mealSlot').filter((s) => s.date >= nextMonday && s.canteenId === 'c-zhannan')).toEqual([]);
    expect(rowsOf<Dish>(residentBefore, 'dish').filter((d) => d.name === NEW_DISH)).toEqual([]);

    // the photo went up shrunk: a JPEG of at most ~100 KB, served with a year-long cache header
    const dish = rowsOf<Dish>(await staffApi.pullAll(), 'dish').find((d) => d.name === NEW_DISH);
    expect(dish?.photoId).toMatch(/^[0-9a-f]{64}$/);
    await expect.poll(async () => (await fetch(`${baseUrl}/media/dish-photos/${dish?.photoId}.jpg`)).status).toBe(200);
    const photo = await fetch(`${baseUrl}/media/dish-photos/${dish?.photoId}.jpg`);
    const bytes = new Uint8Array(await photo.arrayBuffer());
    expect(bytes.length).toBeLessThanOrEqual(100_000);
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(photo.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    // publish, after saying yes
    await staff.getByRole('button', { name: '发布下周菜单' }).click();
    const ask = staff.getByRole('alertdialog', { name: '发布下周菜单吗？' });
    await ask.getByRole('button', { name: '确认发布' }).click();
    await editorLunch(staff, '已发布').waitFor();
    await waitForSynced(staff);

    // the resident's open phone gets it at its next sync (the server pokes it) and she books it
    const card = resident.getByRole('article', { name: new RegExp(`^${WED_MONTH}月${WED_DAY}日.*午餐$`) });
    await card.getByText(NEW_DISH).waitFor();
    expect(await card.getByText(dropped, { exact: true }).count()).toBe(0);
    expect(await card.getByText('含麸质').count()).toBe(1);
    expect(await card.getByText('助老价 ¥6.00').count()).toBe(1);
    await card.getByRole('button', { name: '预订', exact: true }).click();
    await resident.getByRole('dialog').getByRole('button', { name: '确认预订' }).click();
    await expect.poll(() => card.getByText('已预订').count()).toBe(1);
    const booked = rowsOf<Booking>(await residentApi.pullAll(), 'booking').find((b) => b.slotId === WEDNESDAY_LUNCH);
    expect(booked).toMatchObject({ status: 'confirmed', priceTier: 'elder', priceFen: 600 });
    await staffContext.close();
    await residentContext.close();
  });
});
