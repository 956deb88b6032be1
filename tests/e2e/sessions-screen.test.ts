import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, logIn } from './browser';

const baseUrl = inject('baseUrl');
// 何军 (农南二社区) has two phones logged in; he logs the old one out from the new one
const HE_JUN = '13800000022';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('我的登录设备', () => {
  it('lists a person’s phones and logs one out from another; that phone’s login screen says why', async () => {
    const oldContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 } });
    const oldPhone = await logIn(oldContext, baseUrl, HE_JUN);
    const newContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 } });
    const newPhone = await logIn(newContext, baseUrl, HE_JUN);

    await newPhone.getByRole('navigation').getByRole('link', { name: '我的', exact: true }).click();
    const devices = newPhone.getByRole('region', { name: '我的登录设备' });
    await devices.getByText('就是这部').waitFor();
    const others = devices.getByRole('button', { name: '让它退出' });
    await expect.poll(() => others.count()).toBeGreaterThanOrEqual(1);
    const before = await others.count();
    await others.first().click();
    await newPhone.getByRole('alertdialog').getByRole('button', { name: '让它退出' }).click();
    await newPhone.getByText('已让 1 台设备退出登录。').waitFor();
    await expect.poll(() => others.count()).toBe(before - 1);

    // the old phone, opened again (or at its next sync), is logged out and told why
    await oldPhone.reload();
    await oldPhone.getByRole('heading', { name: '登录邻里通' }).waitFor();
    await oldPhone.getByText('您在另一部手机上让这部手机退出了登录。').waitFor();
    // the new one is still in
    await newPhone.reload();
    await newPhone.getByRole('heading', { name: '我的', exact: true }).waitFor();
    await oldContext.close();
    await newContext.close();
  });
});
