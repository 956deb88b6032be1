import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { shanghaiDate, weekStart } from '../../src/shared/time';
import { launchChromium, logIn, waitForSynced } from './browser';
import { apiLogin, rowsOf, type ApiSession } from './api';

const PARENT = '13800000011'; // 林芳, two children
const OTHER_PARENT = '13800000013'; // 黄磊, one child
const STAFF = '13800000012'; // 何静, organiser in 碧霞湖社区 (through the API)
const DOOR_STAFF = '13800000014'; // 宋文, staff at the door (in the browser)

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

/** Logs in through the login screen and waits for the first screen. */
function loginPage(context: BrowserContext, phone: string): Promise<Page> {
  return logIn(context, baseUrl, phone);
}

/** Staff publish an event two days from now through the API, with a unique title. */
async function publishEvent(staff: ApiSession, capacity: number): Promise<{ id: string; title: string; startsAt: string }> {
  const id = randomUUID();
  const title = `测试活动${id.slice(0, 6)}`;
  const start = new Date(Date.now() + 2 * 86_400_000);
  const fields = {
    kind: 'parentChild', title, description: '浏览器测试', place: '碧霞湖社区图书室',
    startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3600_000).toISOString(),
    signupDeadline: new Date(start.getTime() - 3600_000).toISOString(), capacity, minAge: 3, maxAge: 12,
    adultsAccompany: true, promotion: 'auto', offerHours: 24,
  };
  const reply = await staff.push([{ id: randomUUID(), name: 'createEvent', args: { eventIds: [id], seriesId: null, communityId: 'bixiahu', fields } }]);
  expect(reply.results[0]).toMatchObject({ status: 'applied' });
  return { id, title, startsAt: fields.startsAt };
}

/**
 * Opens the week calendar on the week of the event (this week or a later one, counted in
 * Asia/Shanghai as the calendar counts) and waits for the event's card, which the phone has once
 * the header says 已同步.
 */
async function openEventCard(page: Page, event: { title: string; startsAt: string }) {
  await waitForSynced(page);
  await page.goto(`${baseUrl}/events`);
  await page.getByRole('heading', { name: '社区活动' }).waitFor();
  const thisWeek = weekStart(shanghaiDate(new Date()));
  const eventWeek = weekStart(shanghaiDate(new Date(event.startsAt)));
  const weeksAhead = Math.round((Date.parse(eventWeek) - Date.parse(thisWeek)) / (7 * 86_400_000));
  for (let i = 0; i < weeksAhead; i += 1) await page.getByRole('button', { name: '下一页' }).click();
  const card = page.getByRole('article').filter({ hasText: event.title });
  await card.waitFor();
  return card;
}

describe('events in Chromium', () => {
  let parentContext: BrowserContext;
  let parentPage: Page;
  let event: { id: string; title: string; startsAt: string };
  let staffApi: ApiSession;

  beforeAll(async () => {
    staffApi = await apiLogin(baseUrl, STAFF);
    event = await publishEvent(staffApi, 20);
    parentContext = await browser.newContext({ acceptDownloads: true });
    parentPage = await loginPage(parentContext, PARENT);
  });

  it('signs a family of three up offline; once online the ticket shows', async () => {
    // visit 我的活动 once online so its code is on the phone
    await parentPage.goto(`${baseUrl}/events/mine`);
    await parentPage.getByRole('heading', { name: '我的活动' }).waitFor();
    const card = await openEventCard(parentPage, event);
    await parentContext.setOffline(true);
    await card.getByRole('button', { name: '报名' }).click();
    await expect.poll(() => parentPage.getByRole('checkbox', { checked: true }).count()).toBe(3);
    await parentPage.getByRole('button', { name: '确认报名' }).click();
    await card.getByText('已报名').waitFor();
    await parentPage.getByRole('link', { name: '我的活动' }).click();
    const mine = parentPage.getByRole('article').filter({ hasText: event.title });
    await mine.getByText('已存在手机上，还没送到社区').waitFor();
    await parentContext.setOffline(false);
    await mine.getByText(/凭证码：[A-Z2-9]{6}/).waitFor();
    await mine.locator('.ticket-qr svg').waitFor();
    // the ticket shows from the phone's own copy at once; the header says when the server has the party
    await waitForSynced(parentPage);
    await expect.poll(() => mine.getByText('已存在手机上，还没送到社区').count()).toBe(0);
    // staff see the community's roster: the party reached the server
    const rows = rowsOf<{ eventId: string; memberIds: string[]; status: string }>(await staffApi.pullAll(), 'signup');
    expect(rows.find((s) => s.eventId === event.id)).toMatchObject({ status: 'confirmed', memberIds: expect.arrayContaining(['u-lin-fang']) });
    expect(rows.find((s) => s.eventId === event.id)?.memberIds).toHaveLength(3);
  });

  it('downloads an .ics file that parses', async () => {
    const mine = parentPage.getByRole('article').filter({ hasText: event.title });
    const [download] = await Promise.all([parentPage.waitForEvent('download'), mine.getByRole('button', { name: '加入手机日历' }).click()]);
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
    const field = (name: string) => lines.find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('BEGIN:VEVENT');
    expect(field('SUMMARY')).toBe(event.title);
    const start = new Date(event.startsAt);
    const stamp = start.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    expect(field('DTSTART')).toBe(stamp);
  });

  it('lets staff check the ticket in offline; the check-in reaches the server once online', async () => {
    const parentRows = rowsOf<{ id: string; eventId: string; ticketCode: string }>(await staffApi.pullAll(), 'signup');
    const ticket = parentRows.find((s) => s.eventId === event.id);
    expect(ticket).toBeDefined();
    const staffContext = await browser.newContext();
    const page = await loginPage(staffContext, DOOR_STAFF);
    await page.goto(`${baseUrl}/events/staff`);
    await page.getByRole('heading', { name: '组织活动' }).waitFor();
    const select = page.getByLabel('选择活动');
    await expect.poll(async () => (await select.locator('option').allTextContents()).some((o) => o.includes(event.title))).toBe(true);
    const value = await select.locator('option', { hasText: event.title }).getAttribute('value');
    await select.selectOption(value ?? '');
    await page.getByRole('cell', { name: ticket?.ticketCode ?? '' }).waitFor();
    await staffContext.setOffline(true);
    await page.getByLabel('输入凭证码').fill(ticket?.ticketCode ?? '');
    await page.getByRole('button', { name: '签到', exact: true }).click();
    await page.getByText(/已签到 3 \/ 3 人/).waitFor();
    await staffContext.setOffline(false);
    await waitForSynced(page);
    const rows = rowsOf<{ id: string; checkedInAt: string | null; checkedInByName: string | null }>(await staffApi.pullAll(), 'signup');
    expect(rows.find((s) => s.id === ticket?.id)?.checkedInByName).toBe('宋文');
    await staffContext.close();
  });

  it('promotes a waiting family when another cancels, and their page shows it after sync', async () => {
    const small = await publishEvent(staffApi, 3);
    const other = await apiLogin(baseUrl, OTHER_PARENT);
    const otherSignup = randomUUID();
    const signed = await other.push([{ id: randomUUID(), name: 'signUpForEvent', args: { signupId: otherSignup, eventId: small.id, memberIds: ['u-huang-lei', 'u-huang-xiaoming'] } }]);
    expect(signed.results[0]).toMatchObject({ status: 'applied' });
    const card = await openEventCard(parentPage, small);
    // one place is left (the other family's sign-up has reached this phone): the card offers to
    // sign up, and the party of three is told it will wait
    await card.getByText('剩余 1 个名额').waitFor();
    await card.getByRole('button', { name: /报名|加入候补/ }).click();
    await parentPage.getByText('名额不够，将加入候补名单').waitFor();
    await parentPage.getByRole('button', { name: '确认报名' }).click();
    await card.getByText('候补中').waitFor();
    await parentPage.getByRole('link', { name: '我的活动' }).click();
    const mine = parentPage.getByRole('article').filter({ hasText: small.title });
    await mine.getByText('候补中').waitFor();
    // the phone says it has sent the sign-up; the server agrees that the family waits
    await waitForSynced(parentPage);
    const waiting = rowsOf<{ eventId: string; status: string; bookedById: string }>(await staffApi.pullAll(), 'signup')
      .filter((s) => s.bookedById === 'u-lin-fang')
      .find((s) => s.eventId === small.id);
    expect(waiting?.status).toBe('waiting');
    const cancelled = await other.push([{ id: randomUUID(), name: 'cancelSignup', args: { signupId: otherSignup } }]);
    expect(cancelled.results[0]).toMatchObject({ status: 'applied' });
    await mine.getByText('已报名').waitFor();
    await mine.getByText(/凭证码：/).waitFor();
  });
});
