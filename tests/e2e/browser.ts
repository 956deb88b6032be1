import { vi } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CODE_RESEND_DEADLINE_MS } from './api';

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** How long a browser step may take to show what proves it, on a machine busy with other work. */
const STEP_DEADLINE_MS = 60_000;

/**
 * Logs in through the login screen, as a resident would, with the code the demo server shows on
 * screen, and waits for the first screen (the week menu) and, unless told not to, for the app to
 * say that the first download has finished (已同步).
 */
export async function logIn(context: BrowserContext, baseUrl: string, phone: string, { waitForDownload = true } = {}): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_DEADLINE_MS);
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('手机号码').fill(phone);
  // another browser file may have logged this phone in moments ago: the screen then says the
  // first code is still good (tests cannot read texts), so ask again, every 2 s, until a new one comes
  const demoCode = page.getByText(/演示验证码：\d{6}/);
  await vi.waitFor(async () => {
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/auth/code')),
      page.getByRole('button', { name: '获取验证码' }).click(),
    ]);
    if (!answer.ok()) throw new Error(`the server sent ${phone} a code moments ago (${answer.status()}); asking again`);
  }, { timeout: CODE_RESEND_DEADLINE_MS, interval: 2_000 });
  const notice = await demoCode.textContent();
  await page.getByLabel('验证码').fill(/\d{6}/.exec(notice ?? '')?.[0] ?? '');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('heading', { name: '本周菜单' }).waitFor();
  if (waitForDownload) await waitForSynced(page);
  return page;
}

/** The words the sync helpers look for: the status's name and its 已同步; zh-CN unless a test runs in another language. */
export interface SyncWords {
  label: string;
  synced: string;
}
const ZH_CN_SYNC_WORDS: SyncWords = { label: '同步状态', synced: '已同步' };

/** The header's sync status, as the user reads it (离线, 待同步 n 项, 同步中…, 已同步 …). */
export function syncStatus(page: Page, words: SyncWords = ZH_CN_SYNC_WORDS): Locator {
  return page.getByRole('status', { name: words.label });
}

/**
 * Waits until the app itself says everything is sent and received: the header reads 已同步, which
 * it does only when nothing is queued, no sync is running and the first download has finished.
 * Call it once the screen shows the step's own effect (还没送到社区, 已报名 …): a tap's change is queued a
 * moment after the tap, and before that the header still shows the previous 已同步.
 */
export async function waitForSynced(page: Page, words: SyncWords = ZH_CN_SYNC_WORDS): Promise<void> {
  // the whole status reads 已同步, not merely contains it
  const exactly = new RegExp(`^${words.synced.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  await syncStatus(page, words).filter({ hasText: exactly }).waitFor();
}

/** Where the app keeps the chosen language on the phone (src/client/i18n/language-pref.ts). */
const LANGUAGE_KEY = 'linlitong-language';

/**
 * Opens the app's home in a language, as a person who chose it before would find it: the choice
 * is stored on the phone, then the app starts again and loads its words before the first paint.
 * Waits for `<html lang>`, which the app sets just before it renders.
 */
export async function openInLanguage(page: Page, baseUrl: string, language: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [LANGUAGE_KEY, language] as const);
  await page.reload();
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
}

/** Waits until the service worker controls the page, so a reload works with no network. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
}
