import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { addDays, isoWeekday, shanghaiDate } from '../../src/shared/time';
import type { HelpContact } from '../../src/shared/help/help-contact';
import type { HelpRequest } from '../../src/shared/help/help-request';
import { halfHoursOf, serviceHours } from '../../src/shared/help/help-hours';
import { launchChromium, logIn, syncStatus, waitForServiceWorker, waitForSynced } from './browser';
import type { Route } from 'playwright-core';
import { apiLogin, rowsOf, type ApiSession } from './api';

const baseUrl = inject('baseUrl');
// 农南二社区: 何淑芬 asks, 马丽华 helps; 田静 (grid worker) only checks the server, never in the browser
const PHONES = { heShufen: '13800000021', heJun: '13800000022', maLihua: '13800000023', tianJing: '13800000025' };
const HE_SHUFEN = 'u-he-shufen';
const MA_LIHUA = 'u-ma-lihua';
// a window no demo visit uses, two days ahead so it is never over while the test runs
const DATE = addDays(shanghaiDate(new Date()), 2);
/** DATE as the screens write it, e.g. 11月25日 周三. */
const DATE_WORDS = `${Number(DATE.slice(5, 7))}月${Number(DATE.slice(8, 10))}日 周${'一二三四五六日'[isoWeekday(DATE) - 1]}`;
const NOTE = `帮我买两斤青菜 e2e-${Date.now()}`;
const MINUTES = 45;

let browser: Browser;
let staff: ApiSession;

beforeAll(async () => {
  browser = await launchChromium();
  staff = await apiLogin(baseUrl, PHONES.tianJing);
});
afterAll(async () => {
  await browser?.close();
});

/** Logs in through the login screen, then opens the 帮办 tab. */
async function logInToHelp(context: BrowserContext, phone: string): Promise<Page> {
  const page = await logIn(context, baseUrl, phone);
  await page.getByRole('navigation').getByRole('link', { name: '帮办' }).click();
  await page.getByRole('heading', { name: '帮办代办', level: 1 }).waitFor();
  return page;
}

/** The card of this test's request (代买菜 on DATE, 15:00–16:00) inside a part of the screen. */
function ourCard(scope: Page | Locator): Locator {
  return scope.getByRole('listitem', { name: `代买菜 ${DATE_WORDS} 15:00–16:00` });
}

/** The timeline step a card marks as current (已提交 … 已确认). */
async function stepOf(card: Locator): Promise<string | null> {
  const step = card.locator('[aria-current="step"]');
  return (await step.count()) === 1 ? step.textContent() : null;
}

/** What the server holds, as the community's staff see it: this test's request and contact. */
async function serverRequest(): Promise<{ requests: HelpRequest[]; contacts: HelpContact[]; all: HelpRequest[] }> {
  const rows = await staff.pullAll();
  const contacts = rowsOf<HelpContact>(rows, 'helpContact').filter((c) => c.note === NOTE);
  const all = rowsOf<HelpRequest>(rows, 'helpRequest');
  return { requests: all.filter((r) => contacts.some((c) => c.id === r.id)), contacts, all };
}

/** The hours the volunteer's screen states (累计服务 N 小时). */
async function hoursShown(page: Page): Promise<number> {
  const text = (await page.getByTestId('help-hours-total').textContent()) ?? '';
  return Number(/累计服务 ([\d.]+) 小时/.exec(text)?.[1] ?? NaN);
}

describe('help on request in a real browser', () => {
  it('a request filed offline is taken, done offline, confirmed, and every step reaches the server once', async () => {
    const residentContext = await browser.newContext({ locale: 'zh-CN' });
    const volunteerContext = await browser.newContext({ locale: 'zh-CN' });
    const resident = await logInToHelp(residentContext, PHONES.heShufen);

    // the resident has no signal: the app comes from the service worker and still takes the request
    await waitForServiceWorker(resident);
    await residentContext.setOffline(true);
    await resident.reload();
    await resident.getByRole('heading', { name: '帮办代办', level: 1 }).waitFor();
    await resident.getByRole('button', { name: '我要求助' }).click();
    await resident.getByRole('radio', { name: /代买菜/ }).check();
    await resident.getByLabel('哪一天').fill(DATE);
    await resident.getByLabel('从几点').fill('15:00');
    await resident.getByLabel('到几点').fill('16:00');
    expect(await resident.getByLabel('详细地址（门牌号）').inputValue()).toBe('5栋1单元302');
    expect(await resident.getByLabel('楼栋').inputValue()).toBe('5栋');
    await resident.getByLabel('说明').fill(NOTE);
    await resident.getByRole('button', { name: '提交求助' }).click();
    const mine = resident.getByRole('region', { name: '我的求助' });
    await expect.poll(() => ourCard(mine).getByText('已存在手机上，还没送到社区').count()).toBe(1);
    expect(await stepOf(ourCard(mine))).toBe('已提交');
    // the form asked for herself and took her address from her visit schedule
    expect(await ourCard(mine).textContent()).toContain('何淑芬');
    expect((await serverRequest()).requests).toHaveLength(0);

    // back online: the request reaches the server by itself
    await residentContext.setOffline(false);
    await expect.poll(async () => (await serverRequest()).requests.length).toBe(1);
    await expect.poll(() => ourCard(mine).getByText('已存在手机上，还没送到社区').count()).toBe(0);

    // the volunteer sees it on the board, with no name, room or phone, and takes it
    const volunteer = await logInToHelp(volunteerContext, PHONES.maLihua);
    const board = volunteer.getByRole('region', { name: '求助大厅' });
    await ourCard(board).waitFor();
    const boardText = (await ourCard(board).textContent()) ?? '';
    expect(boardText).toContain('5栋');
    for (const secret of ['何淑芬', '5栋1单元302', PHONES.heShufen, NOTE]) expect(boardText).not.toContain(secret);
    const hoursBefore = await hoursShown(volunteer);
    await ourCard(board).getByRole('button', { name: '我来帮' }).click();
    const tasks = volunteer.getByRole('region', { name: '我的任务' });
    await expect.poll(async () => (await serverRequest()).requests[0]?.status).toBe('accepted');
    // the contact arrives with the grant, and is kept for the stairwell
    await expect.poll(() => ourCard(tasks).getByText('5栋1单元302').count()).toBe(1);

    // in the stairwell, without signal: started and done, with the minutes spent
    await waitForServiceWorker(volunteer);
    await volunteerContext.setOffline(true);
    await ourCard(tasks).getByRole('button', { name: '开始服务' }).click();
    await expect.poll(() => stepOf(ourCard(tasks))).toBe('进行中');
    await ourCard(tasks).getByLabel('用了多少分钟').fill(String(MINUTES));
    await ourCard(tasks).getByRole('button', { name: '完成服务' }).click();
    const hoursList = volunteer.getByRole('region', { name: '服务时长' });
    await expect.poll(() => ourCard(hoursList).getByText('已存在手机上，还没送到社区').count()).toBe(1);
    expect((await serverRequest()).requests[0]?.status).toBe('accepted');

    // back online: both steps reach the server in order
    await volunteerContext.setOffline(false);
    await expect.poll(async () => (await serverRequest()).requests[0]?.status).toBe('done');
    const expectedHours = hoursBefore + halfHoursOf(MINUTES) / 2;
    await expect.poll(() => hoursShown(volunteer)).toBe(expectedHours);

    // the resident sees it done and confirms, thanking the volunteer
    await expect.poll(() => stepOf(ourCard(mine))).toBe('已完成');
    await ourCard(mine).getByRole('button', { name: '确认完成并感谢' }).click();
    await expect.poll(async () => (await serverRequest()).requests[0]?.status).toBe('confirmed');
    await expect.poll(() => ourCard(mine).getByText('已感谢志愿者').count()).toBe(1);

    // each mutation reached the server exactly once
    const { requests, contacts, all } = await serverRequest();
    expect(requests).toHaveLength(1);
    expect(contacts).toHaveLength(1);
    const [done] = requests;
    expect(done).toMatchObject({ status: 'confirmed', assigneeId: MA_LIHUA, minutes: MINUTES, thanked: true });
    expect(done?.startedAt).not.toBeNull();
    expect(contacts[0]).toMatchObject({ residentId: HE_SHUFEN, address: '5栋1单元302', filedById: HE_SHUFEN });
    expect(serviceHours(all, MA_LIHUA).hours).toBe(expectedHours);
    expect(await hoursShown(volunteer)).toBe(expectedHours);
    // nothing was refused and nothing waits on either phone
    for (const page of [resident, volunteer]) {
      expect(await page.getByRole('button', { name: '知道了' }).count()).toBe(0);
      expect(await page.getByText('已存在手机上，还没送到社区').count()).toBe(0);
    }
    await residentContext.close();
    await volunteerContext.close();
  });

  it('tells a resident whose first download was cut off what the help form is missing, until the signal is back', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    // hold the first pull: the download has started and not finished when the signal goes
    const held: Route[] = [];
    let holding = true;
    await context.route('**/api/sync/pull*', (route) => (holding ? void held.push(route) : route.continue()));
    // 何军, her son: a phone not logged in by any other test (a second code within 30 s is refused)
    const page = await logIn(context, baseUrl, PHONES.heJun, { waitForDownload: false });
    await waitForServiceWorker(page);
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await syncStatus(page).filter({ hasText: '正在下载社区信息' }).waitFor();
    await context.setOffline(true);
    holding = false;
    await Promise.all(held.map((route) => route.abort('internetdisconnected')));
    await syncStatus(page).filter({ hasText: '离线 · 社区信息还没下载，需要联网一次' }).waitFor();

    // the form says what it is missing instead of offering no choices
    await page.getByRole('navigation').getByRole('link', { name: '帮办' }).click();
    await page.getByRole('button', { name: '我要求助' }).click();
    await page.getByText('可以求助的服务项目还没有下载到这部手机上。请连上网络一次，下载好以后没有信号也能用。').waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await page.getByRole('button', { name: '提交求助' }).count()).toBe(0);

    // signal again: the download finishes by itself and the choices appear where the notice was
    await context.setOffline(false);
    await waitForSynced(page);
    await page.getByRole('radio', { name: /代买菜/ }).waitFor();
    expect(await page.getByText(/还没有下载到这部手机上/).count()).toBe(0);
    await context.close();
  });
});
