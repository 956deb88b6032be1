/**
 * `npm run screenshots [-- --mode=normal]`: pictures of the main screens at 360×740 (device scale
 * 1), taken from the running demo app as each role sees it, into docs/screenshots/<mode>/. The
 * README shows them: elder mode (长辈模式, `--mode=elder`), as the people the app is first for see it, and normal.
 * Chinese text needs a CJK font on this machine (Debian: fonts-noto-cjk), or it renders as boxes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchChromium, logInThroughScreen, startDemoServer } from './demo-server.mjs';

const MODES = ['normal', 'elder'];
const mode = /^--mode=(.+)$/.exec(process.argv.find((a) => a.startsWith('--mode=')) ?? '')?.[1] ?? 'normal';
if (!MODES.includes(mode)) throw new Error(`unknown mode ${mode}: the app has ${MODES.join(', ')}`);
const outDir = `docs/screenshots/${mode}`;

/** What a phone stores once its owner turned elder mode on (src/client/display/display-prefs.ts). */
const ELDER_PREFS = JSON.stringify({ elderMode: true, textStep: 1, highContrast: false, elderOfferAnswered: true });

/** Puts a page into the display mode as a phone whose owner chose it starts; normal needs nothing. */
async function applyMode(page, chosen) {
  if (chosen !== 'elder') return;
  await page.evaluate((prefs) => localStorage.setItem('linlitong-display', prefs), ELDER_PREFS);
  await page.reload();
  await page.locator('html[data-elder]').waitFor({ state: 'attached' });
}

/** Closes any toast, so it covers nothing in the picture. */
async function closeToasts(page) {
  for (const close of await page.getByRole('button', { name: '关闭提示' }).all()) await close.click();
}

/** The roles whose screens are shown, each logged in once, and what to show of each. */
const ROLES = [
  {
    phone: '13800000001', // 王秀英, 80: the menu, booking, her bookings
    shots: [
      ['menu', async () => {}],
      ['booking-panel', async (page) => {
        await page.getByRole('button', { name: '下周' }).click();
        await page.getByRole('button', { name: '预订', exact: true }).first().click();
        await page.getByRole('dialog').scrollIntoViewIfNeeded();
      }],
      ['my-bookings', async (page) => {
        await page.getByRole('dialog').getByRole('button', { name: '确认预订' }).click();
        await page.getByText('已预订').first().waitFor();
        await page.getByRole('navigation').getByRole('link', { name: '我的预订' }).click();
        await page.getByRole('heading', { name: '我的预订', level: 1 }).waitFor();
      }],
    ],
  },
  {
    phone: '13800000011', // 林芳: the calendar, then her ticket
    shots: [
      ['events', async (page) => {
        await page.getByRole('navigation').getByRole('link', { name: '活动' }).click();
        await page.getByRole('article').first().waitFor();
      }],
      ['my-events', async (page) => {
        await page.getByRole('article').getByRole('button', { name: '报名', exact: true }).first().click();
        await page.getByRole('button', { name: '确认报名' }).click();
        await page.getByRole('link', { name: '我的活动' }).click();
        await page.locator('.ticket-qr svg').first().waitFor();
      }],
    ],
  },
  {
    phone: '13800000021', // 何淑芬, 82: asks for help
    shots: [
      ['help-form', async (page) => {
        await page.getByRole('navigation').getByRole('link', { name: '帮办' }).click();
        await page.getByRole('button', { name: '我要求助' }).click();
        await page.getByRole('radio').first().check();
      }],
    ],
    // her request is what the volunteer's board shows
    after: async (page) => {
      await page.getByLabel('说明').fill('请帮忙买一袋米');
      await page.getByRole('button', { name: '提交求助' }).click();
      await page.getByRole('region', { name: '我的求助' }).getByRole('listitem').first().waitFor();
      await page.getByRole('status', { name: '同步状态' }).filter({ hasText: /^已同步$/ }).waitFor();
    },
  },
  {
    phone: '13800000023', // 马丽华, volunteer
    shots: [['volunteer-board', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: '帮办' }).click();
      await page.getByRole('region', { name: '求助大厅' }).getByRole('listitem').first().waitFor();
    }]],
  },
  {
    phone: '13800000025', // 田静, grid worker: the office desk
    shots: [['office-desk', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: '帮办' }).click();
      await page.getByRole('heading', { name: '派单与统计' }).waitFor();
    }]],
  },
];

/** Takes a picture of the viewport as the phone shows it, after the page's fonts are ready. */
async function shoot(page, index, name) {
  await closeToasts(page);
  await page.evaluate(() => document.fonts.ready);
  const path = `${outDir}/${String(index).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  console.log(`wrote ${path}`);
}

async function main() {
  try {
    if (execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim() === '') {
      console.warn('no CJK font found (Debian: apt-get install fonts-noto-cjk): Chinese will show as boxes');
    }
  } catch {
    console.warn('fc-list is missing: cannot tell whether a CJK font is installed');
  }
  mkdirSync(outDir, { recursive: true });
  const server = await startDemoServer();
  const browser = await launchChromium();
  const contextOptions = { locale: 'zh-CN', viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 };
  try {
    let index = 1;
    const visitor = await (await browser.newContext(contextOptions)).newPage();
    await visitor.goto(`${server.baseUrl}/login`);
    await applyMode(visitor, mode);
    await visitor.getByRole('heading', { name: '登录邻里通' }).waitFor();
    await shoot(visitor, index++, 'login');
    for (const role of ROLES) {
      const page = await (await browser.newContext(contextOptions)).newPage();
      await logInThroughScreen(page, server.baseUrl, role.phone);
      await applyMode(page, mode);
      for (const [name, show] of role.shots) {
        await show(page);
        await shoot(page, index++, name);
      }
      if (role.after) await role.after(page);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
