/**
 * The language a phone chose, in Chromium against the built app: English starts in English with
 * no moment of Chinese, its words come in their own chunks, and zh-CN never downloads them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';

const baseUrl = inject('baseUrl');
/** A translation chunk's file name: core en-…js / zh-tw-…js, or a service's …messages.en-…js. */
const TRANSLATION_CHUNK = /\/(?:[\w-]*messages\.)?(?:en|zh-tw)-[\w-]+\.js$/;

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

/** A phone that has chosen `language` before (or none), recording what it fetches and whether a text ever showed. */
async function phone(language: string | null, watchFor: string): Promise<{ page: Page; fetched: string[]; everShown: () => Promise<boolean> }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 } });
  contexts.push(context);
  await context.addInitScript(([chosen, text]) => {
    if (chosen !== null && location.protocol.startsWith('http')) localStorage.setItem('linlitong-language', chosen);
    // from the first byte of the page: any moment the text is on screen counts
    const w = window as unknown as { everShown: boolean };
    w.everShown = false;
    new MutationObserver(() => { w.everShown ||= document.body?.textContent?.includes(text) ?? false; })
      .observe(document, { subtree: true, childList: true, characterData: true });
  }, [language, watchFor] as const);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  return { page, fetched, everShown: () => page.evaluate(() => (window as unknown as { everShown: boolean }).everShown) };
}

describe('the chosen language', () => {
  it('opens in English from the first paint, with <html lang="en">, never showing the Chinese title', async () => {
    const { page, fetched, everShown } = await phone('en', '登录邻里通');
    await page.goto(`${baseUrl}/login`);
    await page.getByRole('heading', { name: 'Log in to Linlitong', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByLabel('Mobile number').count()).toBe(1);
    expect(await everShown()).toBe(false);
    expect(fetched.filter((path) => TRANSLATION_CHUNK.test(path)).length).toBeGreaterThan(0);
    expect(fetched.filter((path) => /zh-tw-/.test(path))).toEqual([]);
  });

  it('is zh-CN for a phone that never chose, fetching no translation at all', async () => {
    const { page, fetched } = await phone(null, 'Log in');
    await page.goto(`${baseUrl}/login`);
    await page.getByRole('heading', { name: '登录邻里通', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(fetched.filter((path) => TRANSLATION_CHUNK.test(path))).toEqual([]);
  });

  it('switches on the login screen to Traditional Chinese without a reload, and keeps the choice', async () => {
    const { page } = await phone(null, '');
    await page.goto(`${baseUrl}/login`);
    await page.getByRole('main').getByLabel('语言').selectOption('zh-TW');
    await page.getByRole('heading', { name: '登入鄰里通', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect(await page.evaluate(() => localStorage.getItem('linlitong-language'))).toBe('zh-TW');
    await page.reload();
    await page.getByRole('heading', { name: '登入鄰里通', level: 1 }).waitFor();
  });
});
