/**
 * Every main screen in Chromium at 360×740, as each role sees it, with toasts and dialogs open:
 * no axe-core WCAG 2.2 A/AA violation, text and targets at the mode's floor, and no sideways
 * scrolling at 320 px with 200 % text. Screens are a table; modes and languages are parameters.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, shanghaiDate, weekStart } from '../../src/shared/time';
import { zhCN } from '../../src/client/i18n/zh-cn';
import { canteenMessagesZhCN } from '../../src/client/features/canteen/canteen-messages';
import { bookingMessagesZhCN } from '../../src/client/features/canteen/booking-messages';
import { loginMessagesZhCN } from '../../src/client/features/login/login-messages';
import { eventMessagesZhCN } from '../../src/client/features/events/event-messages';
import { eventShellMessagesZhCN } from '../../src/client/features/events/event-shell-messages';
import { helpMessagesZhCN } from '../../src/client/features/help/help-messages';
import { helpShellMessagesZhCN } from '../../src/client/features/help/help-shell-messages';
import { pwaMessagesZhCN } from '../../src/client/pwa/pwa-messages';
import { accountsMessagesZhCN } from '../../src/client/features/accounts/accounts-messages';
import { accountsShellMessagesZhCN } from '../../src/client/features/accounts/accounts-shell-messages';
import { launchChromium, logIn, waitForSynced } from './browser';
import { axeViolations, describeViolations, measureSizes, scrollsSidewaysAt200Percent, type SizeFloor } from './page-checks';

const baseUrl = inject('baseUrl');

/** Display modes; elder mode (20 px text, 60 px targets) joins when it exists. */
type Mode = 'normal';
const FLOORS: Record<Mode, SizeFloor> = { normal: { textPx: 18, targetPx: 48 } };
const MODES: Mode[] = ['normal'];

/** Interface languages; English joins when its catalogue exists. */
type Language = 'zh-CN';
const CATALOGUES: Record<Language, Record<string, string>> = {
  'zh-CN': {
    ...zhCN, ...loginMessagesZhCN, ...canteenMessagesZhCN, ...bookingMessagesZhCN, ...eventShellMessagesZhCN,
    ...eventMessagesZhCN, ...helpShellMessagesZhCN, ...helpMessagesZhCN, ...pwaMessagesZhCN, ...accountsShellMessagesZhCN,
    ...accountsMessagesZhCN,
  },
};
const LANGUAGES: Language[] = ['zh-CN'];

/** Who looks at a screen: each logs in once per file, on phones the other browser files leave alone where possible. */
const ROLES = {
  visitor: null, // not logged in
  diner: '13800000002', // 李娜, 凌云社区: books meals for herself and her mother
  family: '13800000013', // 黄磊, 碧霞湖社区: signs up with his son
  organiser: '13800000008', // 孙强, admin of all five communities: roster and door check-in
  asker: '13800000004', // 陈桂兰, 仓南街社区, 85: asks for help
  volunteer: '13800000026', // 卢晓云, 仓南街社区 volunteer
  office: '13800000007', // 周丽, 仓南街社区 staff: the office desk
} as const;
type Role = keyof typeof ROLES;

/** What a screen step may use: the page, the words of the language, and what earlier steps noted. */
interface Step {
  page: Page;
  say: (key: string, params?: Record<string, string | number>) => string;
  notes: Map<string, string>;
}

/** A screen in a given state; `open` brings it up from wherever that role's page was left. */
interface Screen {
  name: string;
  role: Role;
  open: (step: Step) => Promise<void>;
  /** Set when a toast is part of the state: time stands still while it is checked. */
  withToast?: boolean;
}

// the anti-fraud talk is 3 days ahead, open to every age, and signs up until the evening before
const FRAUD_TALK = '防范电信诈骗知识讲座';

/** Opens a bottom-nav tab by its words. */
async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

/** The calendar's card of the anti-fraud talk, paging to its week as the calendar counts weeks. */
async function fraudTalkCard({ page, say }: Step) {
  await tab(page, say('nav.events'));
  await page.getByRole('heading', { name: say('events.title'), level: 1 }).waitFor();
  const today = shanghaiDate(new Date());
  const weeksAhead = Math.round((Date.parse(weekStart(addDays(today, 3))) - Date.parse(weekStart(today))) / (7 * 86_400_000));
  for (let i = 0; i < weeksAhead; i += 1) await page.getByRole('button', { name: say('events.next') }).click();
  const card = page.getByRole('article').filter({ hasText: FRAUD_TALK });
  await card.waitFor();
  return card;
}

const SCREENS: Screen[] = [
  {
    name: 'login', role: 'visitor',
    open: async ({ page, say }) => {
      await page.goto(`${baseUrl}/login`);
      await page.getByRole('heading', { name: say('login.title') }).waitFor();
    },
  },
  {
    name: 'login, a wrong phone number', role: 'visitor',
    open: async ({ page, say }) => {
      await page.getByLabel(say('login.phone')).fill('123');
      await page.getByRole('button', { name: say('login.sendCode') }).click();
      await page.getByText(say('login.phoneInvalid')).waitFor();
    },
  },
  { name: 'menu', role: 'diner', open: async ({ page, say }) => { await page.getByRole('heading', { name: say('menu.title') }).waitFor(); } },
  {
    name: 'booking panel', role: 'diner',
    open: async ({ page, say }) => {
      await page.getByRole('button', { name: say('menu.nextWeek') }).click();
      await page.getByRole('button', { name: say('menu.book'), exact: true }).first().click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    // no toast: the meal's own card says the booking is saved on the phone, then 已预订
    name: 'menu, a booking just made', role: 'diner',
    open: async ({ page, say }) => {
      await page.getByRole('dialog').getByRole('button', { name: say('panel.confirm') }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.locator('.meal-card .badge').first().waitFor();
    },
  },
  {
    name: 'menu, asked before cancelling (dialog)', role: 'diner',
    open: async ({ page, say }) => {
      await page.locator('.meal-card').getByRole('button', { name: new RegExp(say('menu.cancel')) }).first().click();
      await page.getByRole('alertdialog', { name: say('menu.cancelTitle') }).waitFor();
    },
  },
  {
    name: 'menu, the booking kept', role: 'diner',
    open: async ({ page, say }) => {
      await page.getByRole('alertdialog').getByRole('button', { name: say('menu.cancelKeep') }).click();
      await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    },
  },
  {
    name: 'my bookings', role: 'diner',
    open: async ({ page, say }) => {
      await tab(page, say('nav.bookings'));
      await page.getByRole('heading', { name: say('bookings.title'), level: 1 }).waitFor();
      await page.getByRole('listitem').filter({ hasText: say('bookings.diner') }).first().waitFor();
    },
  },
  { name: 'events calendar', role: 'family', open: async (step) => { await fraudTalkCard(step); } },
  {
    name: 'my events, none yet', role: 'family',
    open: async ({ page, say }) => {
      await page.getByRole('link', { name: say('events.tabMine') }).click();
      await page.getByText(say('events.mineEmpty')).waitFor();
    },
  },
  {
    // until events have their own page (/events/:id), the calendar card with its sign-up form open
    name: 'event page, signing up', role: 'family',
    open: async (step) => {
      await (await fraudTalkCard(step)).getByRole('button', { name: step.say('events.signUp'), exact: true }).click();
      await step.page.getByRole('button', { name: step.say('events.confirmSignUp') }).waitFor();
    },
  },
  {
    name: 'event page, signed up (toast)', role: 'family', withToast: true,
    open: async ({ page, say }) => { await page.getByRole('button', { name: say('events.confirmSignUp') }).click(); },
  },
  {
    name: 'ticket in my events', role: 'family',
    open: async ({ page, say, notes }) => {
      await page.getByRole('link', { name: say('events.tabMine') }).click();
      const ticket = page.getByRole('article').filter({ hasText: FRAUD_TALK });
      await ticket.locator('.ticket-qr svg').waitFor();
      const code = /[A-Z2-9]{6}/.exec((await ticket.locator('.ticket-code').textContent()) ?? '')?.[0];
      if (code) notes.set('ticketCode', code);
      // the organiser's phone sees the party once the server has it
      await waitForSynced(page);
    },
  },
  {
    name: 'organiser roster', role: 'organiser',
    open: async ({ page, say }) => {
      await page.goto(`${baseUrl}/events/staff`);
      await page.getByRole('heading', { name: say('events.staffTitle'), level: 1 }).waitFor();
      const select = page.getByLabel(say('events.pickEvent'));
      const value = await select.locator('option', { hasText: FRAUD_TALK }).first().getAttribute('value');
      await select.selectOption(value ?? '');
      await page.getByRole('cell', { name: '黄磊' }).first().waitFor();
    },
  },
  {
    name: 'door check-in done (toast)', role: 'organiser', withToast: true,
    open: async ({ page, say, notes }) => {
      const code = notes.get('ticketCode');
      if (!code) throw new Error('no ticket code to check in: the ticket step did not get one');
      await page.getByLabel(say('events.checkInCode')).fill(code);
      await page.getByRole('button', { name: say('events.checkIn'), exact: true }).click();
    },
  },
  {
    name: 'help form', role: 'asker',
    open: async ({ page, say }) => {
      await tab(page, say('nav.help'));
      await page.getByRole('button', { name: say('help.ask') }).click();
      await page.getByRole('button', { name: say('help.form.submit') }).waitFor();
    },
  },
  {
    // until requests have their own page (/help/:id), the request's card under 我的求助
    name: 'request page, just sent (toast)', role: 'asker', withToast: true,
    open: async ({ page, say }) => {
      await page.getByRole('radio').first().check();
      await page.getByLabel(say('help.form.building')).fill('3栋');
      await page.getByLabel(say('help.form.address')).fill('站南路3号3栋201');
      await page.getByLabel(say('help.form.note')).fill('请帮忙买一袋米');
      await page.getByRole('button', { name: say('help.form.submit') }).click();
      await page.getByRole('region', { name: say('help.mine') }).getByRole('listitem').first().waitFor();
    },
  },
  {
    name: 'volunteer board', role: 'volunteer',
    open: async ({ page, say }) => {
      await tab(page, say('nav.help'));
      await page.getByRole('region', { name: say('help.board') }).getByRole('button', { name: say('help.accept') }).first().waitFor();
    },
  },
  {
    name: 'office desk', role: 'office',
    open: async ({ page, say }) => {
      await tab(page, say('nav.help'));
      await page.getByRole('heading', { name: say('help.office') }).waitFor();
    },
  },
  {
    name: 'my account: devices and family', role: 'diner',
    open: async ({ page, say }) => {
      await tab(page, say('nav.account'));
      await page.getByRole('heading', { name: say('account.title'), level: 1 }).waitFor();
      await page.getByText(say('sessions.thisOne')).waitFor();
    },
  },
  {
    name: 'office desk: service cards, residents, household requests', role: 'office',
    open: async ({ page, say }) => {
      await tab(page, say('nav.account'));
      await page.getByRole('link', { name: say('account.office') }).click();
      await page.getByLabel(say('cards.search')).fill('陈桂兰');
      await page.getByRole('listitem', { name: '陈桂兰' }).waitFor();
    },
  },
  {
    name: 'a service card to print', role: 'office',
    open: async ({ page, say }) => {
      await page.getByRole('listitem', { name: '陈桂兰' }).getByRole('button', { name: say('cards.issue') }).click();
      await page.getByRole('article', { name: say('print.cardLabel', { name: '陈桂兰' }) }).locator('svg').waitFor();
    },
  },
  {
    name: 'a service card that logs nobody in', role: 'visitor',
    open: async ({ page, say }) => {
      await page.goto(`${baseUrl}/card#${'A'.repeat(43)}`);
      await page.getByRole('alert').filter({ hasText: say('card.failed.unknown') }).waitFor();
    },
  },
];

let browser: Browser;
const contexts: BrowserContext[] = [];
const pages = new Map<Role, Page>();
const notes = new Map<string, string>();

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

/** The role's page, logged in on first use (a second code within 30 s would be refused). */
async function pageOf(role: Role): Promise<Page> {
  const known = pages.get(role);
  if (known) return known;
  // axe is injected as an inline script, which the app's CSP rightly blocks (security-headers.test.ts checks it)
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, bypassCSP: true });
  contexts.push(context);
  // toasts close on a timer: an installed clock lets a check stop time while one is open
  await context.clock.install();
  const phone = ROLES[role];
  const page = phone ? await logIn(context, baseUrl, phone) : await context.newPage();
  if (!phone) page.setDefaultTimeout(60_000);
  // a request filed by the asker must be on the server before the volunteer's phone downloads
  if (role === 'volunteer') await waitForSynced(await pageOf('asker'));
  pages.set(role, page);
  return page;
}

/** Puts the page into a display mode and language; today there is only normal mode in zh-CN. */
async function applyModeAndLanguage(_page: Page, mode: Mode, language: Language): Promise<void> {
  if (mode !== 'normal' || language !== 'zh-CN') throw new Error(`no way yet to switch to ${mode} mode in ${language}`);
}

for (const mode of MODES) {
  for (const language of LANGUAGES) {
    const catalogue = CATALOGUES[language];
    // a key no catalogue has fails at once, rather than leave a step waiting for words never shown
    const say = (key: string, params: Record<string, string | number> = {}) => {
      const text = catalogue[key];
      if (text === undefined) throw new Error(`no ${language} message ${key}`);
      return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
    };

    describe(`every main screen, ${mode} mode, ${language}, 360×740`, () => {
      for (const screen of SCREENS) {
        it(screen.name, async () => {
          const page = await pageOf(screen.role);
          await applyModeAndLanguage(page, mode, language);
          await screen.open({ page, say, notes });
          if (screen.withToast) {
            await page.locator('.toasts .toast').first().waitFor();
            // a second ahead of the page's clock: well before the toast's own timer runs out
            await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
          }
          try {
            const violations = await axeViolations(page, { clockPaused: screen.withToast });
            expect.soft(violations, `axe-core on "${screen.name}":\n${describeViolations(violations)}`).toEqual([]);
            const sizes = await measureSizes(page, FLOORS[mode]);
            expect.soft(sizes.smallText, `text under ${FLOORS[mode].textPx}px on "${screen.name}"`).toEqual([]);
            expect.soft(sizes.smallTargets, `targets under ${FLOORS[mode].targetPx}px on "${screen.name}"`).toEqual([]);
            expect.soft(await scrollsSidewaysAt200Percent(page), `sideways scrolling on "${screen.name}" at 320 px, 200 % text`).toBeNull();
            if (screen.withToast) expect(await page.locator('.toasts .toast').count(), 'the toast was open throughout').toBeGreaterThan(0);
          } finally {
            if (screen.withToast) await page.clock.resume();
          }
        });
      }
    });
  }
}
