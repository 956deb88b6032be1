/**
 * Starts the built app with demo data on a fresh embedded database and a free port, for the
 * scripts that look at the running app (Lighthouse, screenshots); the browser tests' global setup
 * does the same for the test run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Debian's Chromium and the flags this machine's closed network needs. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** Builds the app unless dist/ and dist-server/ already hold a build. */
export function buildIfMissing() {
  if (existsSync('dist/index.html') && existsSync('dist-server/main.js')) return;
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('npm run build failed');
}

/** A free port on loopback. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the server with DEMO=1; resolves once /api/health answers, with its URL and a stop(). */
export async function startDemoServer() {
  buildIfMissing();
  const dataDir = mkdtempSync(join(tmpdir(), 'linlitong-demo-'));
  const port = await freePort();
  let output = '';
  const server = spawn(process.execPath, ['--enable-source-maps', 'dist-server/main.js'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO: '1', DATABASE_URL: '', LOG_LEVEL: 'warn', RATE_LIMIT_AUTH: '100000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk) => { output += chunk; });
  server.stderr.on('data', (chunk) => { output += chunk; });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    // the database file is removed only once the server has let go of it
    const exited = server.exitCode !== null ? Promise.resolve() : new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the server did not answer /api/health within 60 s:\n${output}`);
}

/** Launches Debian's Chromium through Playwright, headless. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS.filter((f) => f !== '--headless') });
}

/**
 * Logs in through the login screen with the code the demo server shows, and waits until the app
 * says the first download has finished (已同步), as the browser tests do.
 */
export async function logInThroughScreen(page, baseUrl, phone) {
  page.setDefaultTimeout(60_000);
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('手机号码').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  const notice = await page.getByText(/演示验证码：\d{6}/).textContent();
  await page.getByLabel('验证码').fill(/\d{6}/.exec(notice ?? '')?.[0] ?? '');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('heading', { name: '本周菜单' }).waitFor();
  await page.getByRole('status', { name: '同步状态' }).filter({ hasText: /^已同步$/ }).waitFor();
}
