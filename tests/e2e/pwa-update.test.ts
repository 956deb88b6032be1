/**
 * A deploy while a resident has the app open with queued work: the new version waits behind the
 * 有新版本，点此更新 banner, the open (old) page still loads screens it had not opened, and after the
 * tap the new version opens with the queued booking, which reaches the server once it answers.
 *
 * This test runs its own server (in this process, on its own copy of dist/ and its own database),
 * so deploying a new build there disturbs no other browser test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Browser } from 'playwright-core';
import { buildApp } from '../../src/server/app';
import { configFromEnv } from '../../src/server/config';
import { createDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import type { Database } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/demo/seed';
import type { Booking } from '../../src/shared/canteen/booking';
import type { Member } from '../../src/shared/member';
import { addDays, shanghaiDate, weekStart } from '../../src/shared/time';
import { apiLogin, rowsOf } from './api';
import { launchChromium, logIn, syncStatus, waitForServiceWorker } from './browser';

const NEXT_BUILD = 'e2e-next';
const PHONES = { wang: '13800000001', staff: '13800000006' };
const FRIDAY = addDays(addDays(weekStart(shanghaiDate(new Date())), 7), 4);
const FRIDAY_LUNCH = `c-chuxin-${FRIDAY}-lunch`;

let root: string;
let served: string;
let nextBuild: string;
let db: Kysely<Database>;
let app: FastifyInstance;
let baseUrl: string;
let browser: Browser;
/** While true the API answers 503, as while the server restarts during a deploy; files are served. */
let apiDown = false;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'linlitong-pwa-'));
  served = join(root, 'served');
  cpSync('dist', served, { recursive: true });
  // the next version: the same sources under another build id, so every chunk gets a new name
  nextBuild = join(root, 'next');
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', nextBuild, '--emptyOutDir'], {
    env: { ...process.env, BUILD_ID: NEXT_BUILD },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`building the next version failed:\n${build.stdout}\n${build.stderr}`);

  const dataDir = join(root, 'data');
  db = createDatabase(undefined, { dataDir });
  await migrateToLatest(db);
  await seedDemo(db, new Date());
  const config = { ...configFromEnv({}, []), distDir: served, dataDir, demo: true, databaseUrl: undefined, database: 'sqlite' as const };
  app = await buildApp({ db, config });
  app.addHook('onRequest', async (request, reply) => {
    if (apiDown && request.url.startsWith('/api/')) return reply.code(503).send({ error: { code: 'INTERNAL', message: 'restarting' } });
  });
  baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.destroy();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Replaces the served files with the next build, as a deploy does; the archive keeps the old chunks. */
function deployNextBuild(): void {
  for (const name of readdirSync(served)) rmSync(join(served, name), { recursive: true, force: true });
  cpSync(nextBuild, served, { recursive: true });
}

/** How many bookings of Friday's lunch the server's database holds (read while its API is down). */
async function bookingsHeldForFriday(): Promise<number> {
  const rows = await db.selectFrom('bookings').select('id').where('slot_id', '=', FRIDAY_LUNCH).execute();
  return rows.length;
}

/** Wang's live bookings of Friday's lunch, as the canteen's staff see them on the server. */
async function fridayBookingsOfWang(): Promise<Booking[]> {
  const rows = await (await apiLogin(baseUrl, PHONES.staff)).pullAll();
  const wang = rowsOf<Member>(rows, 'member').find((m) => m.name === '王秀英');
  return rowsOf<Booking>(rows, 'booking').filter((b) => b.slotId === FRIDAY_LUNCH && b.dinerId === wang?.id);
}

describe('a new version deployed while the app is open', () => {
  it('waits for the tap, keeps the old chunks loadable and opens with the queued booking', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const failedChunks: string[] = [];
    context.on('requestfailed', (request) => {
      if (request.url().includes('/assets/')) failedChunks.push(`${request.url()} ${request.failure()?.errorText ?? ''}`);
    });
    context.on('response', (response) => {
      if (response.url().includes('/assets/') && response.status() >= 400) failedChunks.push(`${response.url()} ${response.status()}`);
    });
    const page = await logIn(context, baseUrl, PHONES.wang);
    await waitForServiceWorker(page);
    const oldBuild = await page.locator('html').getAttribute('data-build');
    expect(oldBuild).not.toBe(NEXT_BUILD);

    // no signal: Friday's lunch is booked on the phone and queued
    await context.setOffline(true);
    await page.getByRole('button', { name: '下周' }).click();
    const [, month, day] = FRIDAY.split('-').map(Number);
    const friday = page.getByRole('article', { name: new RegExp(`^${month}月${day}日.*午餐$`) });
    await friday.getByRole('button', { name: '预订', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认预订' }).click();
    await expect.poll(() => friday.getByText('已存在手机上，还没送到社区').count()).toBe(1);
    // the first queued change is when the app asks to keep its data on the phone, from the next
    // screen on (on the menu it would push the booked meal down)
    await page.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '我的预订' }).click();
    await page.getByRole('heading', { name: '我的预订', level: 1 }).waitFor();
    const keepData = page.getByRole('region', { name: '保存在手机上' });
    await keepData.getByText('为了没有信号时也不丢失您的预订，请允许保存在手机上。').waitFor();
    await keepData.getByRole('button', { name: '允许保存' }).click();
    await keepData.waitFor({ state: 'detached' });

    // the deploy: new files on the server, whose API answers 503 while it restarts
    apiDown = true;
    deployNextBuild();
    await context.setOffline(false);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const banner = page.getByRole('button', { name: '有新版本，点此更新' });
    await banner.waitFor();
    await expect.poll(() => syncStatus(page).textContent()).toMatch(/待同步 1 项/);

    // the old page opens a screen whose chunk it had not loaded: the new build no longer has it
    const eventsChunk = page.waitForResponse((response) => /\/assets\/events-screen-[^/]+\.js$/.test(response.url()));
    await page.getByRole('navigation', { name: '主要栏目' }).getByRole('link', { name: '活动' }).click();
    await page.getByRole('heading', { name: '社区活动' }).waitFor();
    const oldChunk = await eventsChunk;
    expect(oldChunk.status()).toBe(200);
    expect(existsSync(join(served, 'assets', basename(new URL(oldChunk.url()).pathname)))).toBe(false);
    expect(await page.locator('html').getAttribute('data-build')).toBe(oldBuild);

    // the tap: the page reloads into the new version with the booking still queued
    await banner.click();
    await page.locator(`html[data-build="${NEXT_BUILD}"]`).waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: '社区活动' }).waitFor();
    await expect.poll(() => syncStatus(page).textContent()).toMatch(/待同步 1 项/);
    expect(await bookingsHeldForFriday()).toBe(0);

    // the server answers again: the queued booking arrives, exactly once
    apiDown = false;
    await expect.poll(fridayBookingsOfWang).toHaveLength(1);
    await expect.poll(() => syncStatus(page).textContent()).toBe('已同步');
    expect(failedChunks).toEqual([]);
    await context.close();
  });
});
