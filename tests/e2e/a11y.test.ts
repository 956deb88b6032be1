/**
 * Every main screen in Chromium at 360×740, as each role sees it, with toasts and dialogs open:
 * no axe-core WCAG 2.2 A/AA violation, text and targets at the mode's floor, and no sideways
 * scrolling at 320 px with 200 % text. Screens are a table; modes and languages are parameters.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, shanghaiDate, weekStart } from '../../src/shared/time';
import { allWords } from '../client/i18n/all-catalogues';
import { launchChromium, logIn, openInLanguage, waitForSynced, type SyncWords } from './browser';
import { axeViolations, describeViolations, measureSizes, scrollsSidewaysAt200Percent, type SizeFloor } from './page-checks';

const baseUrl = inject('baseUrl');

/** Display modes: normal (18 px text, 48 px targets) and elder mode, 长辈模式 (20 px text, 60 px targets). */
type Mode = 'normal' | 'elder';
const FLOORS: Record<Mode, SizeFloor> = { normal: { textPx: 18, targetPx: 48 }, elder: { textPx: 20, targetPx: 60 } };
const MODES: Mode[] = ['normal', 'elder'];
/**
 * Text at 200 % for the reflow check: twice normal mode's 18 px, the same 36 px in every mode
 * (elder mode starts at 20 px, and its own largest 字号 step is 32 px, so 36 px covers it).
 */
const REFLOW_BASE_PX = 18;
/** What a phone stores once its owner turned elder mode on (src/client/display/display-prefs.ts): the smallest elder text step. */
const ELDER_PREFS = JSON.stringify({ elderMode: true, textStep: 1, highContrast: false, elderOfferAnswered: true });

/** Interface languages: Simplified Chinese, and English, whose longer words test the layout. */
type Language = 'zh-CN' | 'en';
const LANGUAGES: Language[] = ['zh-CN', 'en'];
/** Every catalogue's words in each language: what the steps look for on screen. */
const CATALOGUES = Object.fromEntries(await Promise.all(LANGUAGES.map(async (l) => [l, await allWords(l)] as const))) as Record<Language, Record<string, string>>;

/** Who looks at a screen: each logs in once per file, on phones the other browser files leave alone where possible. */
const ROLES = {
  visitor: null, // not logged in
  diner: '13800000002', // 李娜, 凌云社区: books meals for herself and her mother
  family: '13800000013', // 黄磊, 碧霞湖社区: signs up with his son
  organiser: '13800000008', // 孙强, admin of all five communities: roster and door check-in
  asker: '13800000004', // 陈桂兰, 仓南街社区, 85: asks for help
  volunteer: '13800000026', // 卢晓云, 仓南街社区 volunteer
  kitchen: '13800000006', // 赵敏, 凌云社区 staff, 初心食堂: prep list, counter, figures
  carrier: '13800000005', // 刘洋, 凌云社区 volunteer: carries meals
  office: '13800000007', // 周丽, 仓南街社区 staff: the office desk, and 站南爱老公益食堂's menus
} as const;
type Role = keyof typeof ROLES;

/** An event the family signs up for: a different one in each run, since a family signs up once. */
interface DemoEvent {
  title: string;
  daysAhead: number;
}

/** What a screen step may use: the page, the words of the language, the run's event, and what earlier steps noted. */
interface Step {
  page: Page;
  say: (key: string, params?: Record<string, string | number>) => string;
  event: DemoEvent;
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

/**
 * Each run's event, in the order the runs go (modes × languages): all sign up until the evening
 * before and take 黄磊 and his son (10), in demo data (src/server/events/event-demo.ts).
 */
const EVENTS: DemoEvent[] = [
  { title: '防范电信诈骗知识讲座', daysAhead: 3 },
  { title: '社区义诊：量血压、测血糖', daysAhead: 6 },
  { title: '家育户晓·秋日亲子户外行', daysAhead: 5 },
  { title: '家育户晓·亲子趣味运动会', daysAhead: 8 },
];

/** Opens a bottom-nav tab by its words. */
async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}

/** The calendar's card of the run's event, paging to its week as the calendar counts weeks. */
async function eventCard({ page, say, event }: Step) {
  await tab(page, say('nav.events'));
  await page.getByRole('heading', { name: say('events.title'), level: 1 }).waitFor();
  const today = shanghaiDate(new Date());
  const weeksAhead = Math.round((Date.parse(weekStart(addDays(today, event.daysAhead))) - Date.parse(weekStart(today))) / (7 * 86_400_000));
  for (let i = 0; i < weeksAhead; i += 1) await page.getByRole('button', { name: say('events.next') }).click();
  const card = page.getByRole('article').filter({ hasText: event.title });
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
  { name: 'events calendar', role: 'family', open: async (step) => { await eventCard(step); } },
  {
    // none yet in the first run; later runs show the tickets of the earlier ones
    name: 'my events', role: 'family',
    open: async ({ page, say }) => {
      await page.getByRole('link', { name: say('events.tabMine') }).click();
      await page.getByText(say('events.mineEmpty')).or(page.getByRole('article').first()).waitFor();
    },
  },
  {
    // until events have their own page (/events/:id), the calendar card with its sign-up form open
    name: 'event page, signing up', role: 'family',
    open: async (step) => {
      await (await eventCard(step)).getByRole('button', { name: step.say('events.signUp'), exact: true }).click();
      await step.page.getByRole('button', { name: step.say('events.confirmSignUp') }).waitFor();
    },
  },
  {
    name: 'event page, signed up (toast)', role: 'family', withToast: true,
    open: async ({ page, say }) => { await page.getByRole('button', { name: say('events.confirmSignUp') }).click(); },
  },
  {
    name: 'ticket in my events', role: 'family',
    open: async ({ page, say, event, notes }) => {
      await page.getByRole('link', { name: say('events.tabMine') }).click();
      const ticket = page.getByRole('article').filter({ hasText: event.title });
      await ticket.locator('.ticket-qr svg').waitFor();
      const code = /[A-Z2-9]{6}/.exec((await ticket.locator('.ticket-code').textContent()) ?? '')?.[0];
      if (code) notes.set('ticketCode', code);
      // the organiser's phone sees the party once the server has it
      await waitForSynced(page, { label: say('sync.label'), synced: say('sync.synced') });
    },
  },
  {
    name: 'organiser roster', role: 'organiser',
    open: async ({ page, say, event }) => {
      await page.goto(`${baseUrl}/events/staff`);
      await page.getByRole('heading', { name: say('events.staffTitle'), level: 1 }).waitFor();
      const select = page.getByLabel(say('events.pickEvent'));
      const value = await select.locator('option', { hasText: event.title }).first().getAttribute('value');
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
    name: 'standing orders, a new one', role: 'diner',
    open: async ({ page, say }) => {
      await page.goto(`${baseUrl}/canteen/standing`);
      await page.getByRole('button', { name: say('standing.save') }).waitFor();
    },
  },
  {
    name: 'diet notes', role: 'diner',
    open: async ({ page, say }) => {
      await page.goto(`${baseUrl}/canteen/diet`);
      await page.getByRole('heading', { name: say('dietNote.title'), level: 1 }).waitFor();
      await page.getByRole('button', { name: say('dietNote.save') }).waitFor();
    },
  },
  {
    name: 'prep list', role: 'kitchen',
    open: async ({ page, say }) => {
      await page.getByRole('link', { name: say('canteenLinks.prepList') }).click();
      await page.getByRole('heading', { name: say('prep.title'), level: 1 }).waitFor();
      await page.locator('.prep-sheet').waitFor();
    },
  },
  {
    name: 'counter, a walk-in', role: 'kitchen',
    open: async ({ page, say }) => {
      await page.goto(`${baseUrl}/canteen/counter`);
      await page.getByText(say('counter.walkIn')).click();
      await page.getByRole('button', { name: say('counter.walkInSave') }).waitFor();
    },
  },
  {
    name: 'monthly bill and figures', role: 'kitchen',
    open: async ({ page, say }) => {
      await page.goto(`${baseUrl}/canteen/statement`);
      await page.locator('.served-chart .uplot').waitFor();
      await page.getByText(say('statement.figures')).waitFor();
    },
  },
  {
    name: 'delivery round', role: 'carrier',
    open: async ({ page, say }) => {
      await page.getByRole('link', { name: say('canteenLinks.delivery') }).click();
      await page.getByRole('heading', { name: say('delivery.title'), level: 1 }).waitFor();
    },
  },
  {
    name: 'menu editor', role: 'office',
    open: async ({ page, say }) => {
      await tab(page, say('nav.canteen'));
      await page.getByRole('link', { name: say('menu.manage') }).click();
      await page.getByRole('heading', { name: say('editor.title'), level: 1 }).waitFor();
      await page.getByRole('form', { name: say('editor.tiers') }).waitFor();
    },
  },
  {
    // next week is empty or already written, depending on the browser files before: either way a lunch form opens
    name: 'menu editor, a meal open', role: 'office',
    open: async ({ page, say }) => {
      const lunch = say('meal.lunch');
      await page.getByRole('button', { name: new RegExp(`^(${say('editor.addMeal', { meal: lunch })}|${say('editor.editMeal', { meal: lunch })})$`) }).first().click();
      await page.getByRole('button', { name: say('editor.saveMeal') }).waitFor();
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

/** What the open toasts cover of the bottom bar and the sync status line, as selectors. */
async function toastOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const toasts = [...document.querySelectorAll('.toasts .toast')].map((t) => t.getBoundingClientRect());
    return ['.bottom-nav', '.sync-status'].filter((selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box !== undefined && toasts.some((toast) => overlap(toast, box));
    });
  });
}

let browser: Browser;
const contexts: BrowserContext[] = [];
const pages = new Map<Role, Page>();
/** The language each role's page is in now, so it starts again only when the run's language changes. */
const pageLanguages = new Map<Role, Language>();
const pageModes = new Map<Role, Mode>();

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

/** What the header says when all is sent, in a language. */
function syncWords(language: Language): SyncWords {
  return { label: CATALOGUES[language]['sync.label'] ?? '', synced: CATALOGUES[language]['sync.synced'] ?? '' };
}

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
  if (role === 'volunteer') await waitForSynced(await pageOf('asker'), syncWords(pageLanguages.get('asker') ?? 'zh-CN'));
  pages.set(role, page);
  return page;
}

/** Puts the page into a display mode and language, as a phone whose owner chose them starts. */
async function applyModeAndLanguage(role: Role, page: Page, mode: Mode, language: Language): Promise<void> {
  if ((pageModes.get(role) ?? 'normal') !== mode) {
    await page.evaluate(([key, value]) => (value ? localStorage.setItem(key, value) : localStorage.removeItem(key)), ['linlitong-display', mode === 'elder' ? ELDER_PREFS : ''] as const);
    await page.reload();
    await page.locator(mode === 'elder' ? 'html[data-elder]' : 'html:not([data-elder])').waitFor({ state: 'attached' });
    pageModes.set(role, mode);
  }
  if ((pageLanguages.get(role) ?? 'zh-CN') === language) return;
  await openInLanguage(page, baseUrl, language);
  pageLanguages.set(role, language);
}

let run = 0;
for (const mode of MODES) {
  for (const language of LANGUAGES) {
    const catalogue = CATALOGUES[language];
    // each run signs the family up for its own event, and notes its own ticket
    const event = EVENTS[run];
    if (!event) throw new Error(`run ${run + 1} has no demo event of its own left to sign up for: add one to EVENTS`);
    const notes = new Map<string, string>();
    run += 1;
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
          await applyModeAndLanguage(screen.role, page, mode, language);
          await screen.open({ page, say, event, notes });
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
            expect.soft(await scrollsSidewaysAt200Percent(page, REFLOW_BASE_PX), `sideways scrolling on "${screen.name}" at 320 px, 200 % text`).toBeNull();
            if (screen.withToast) {
              expect(await page.locator('.toasts .toast').count(), 'the toast was open throughout').toBeGreaterThan(0);
              expect.soft(await toastOverlaps(page), `the toast covers the bottom bar or the sync status on "${screen.name}"`).toEqual([]);
            }
          } finally {
            if (screen.withToast) await page.clock.resume();
          }
        });
      }
    });
  }
}
