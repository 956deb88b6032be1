import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, logIn } from './browser';

const baseUrl = inject('baseUrl');
// 林芳, 碧霞湖社区: a parent whose menu, events and help screens all have something to show
const PHONE = '13800000011';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// The server's Content-Security-Policy allows no inline script or style: a violation here means a
// screen that would be broken (or a script an attacker injected would run) in real browsers.
describe('the app under its Content-Security-Policy', () => {
  it('loads, logs in and opens every main screen without a single violation', async () => {
    const context = await browser.newContext();
    const violations: string[] = [];
    await context.exposeBinding('reportViolation', (_source, text: string) => { violations.push(text); });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    const shell = await (await context.newPage()).goto(`${baseUrl}/login`);
    expect(shell?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(shell?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const page = await logIn(context, baseUrl, PHONE);
    for (const [tab, heading] of [['活动', '社区活动'], ['帮办', '帮办代办'], ['食堂', '本周菜单']] as const) {
      await page.getByRole('navigation').getByRole('link', { name: tab }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    }
    expect(violations).toEqual([]);
    // and the policy does block what an injected script would be (so the silence above means something)
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
    });
    await expect.poll(() => violations.length).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await context.close();
  });
});
