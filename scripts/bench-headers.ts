/**
 * `npm run bench:headers`: what the security headers (helmet, src/server/http/security-headers.ts)
 * cost per request. Two copies of the app on the demo data, one with and one without them, run in
 * a child process (so the load generator does not share their event loop); autocannon loads each
 * route on each copy in alternating rounds (with, without, then without, with…), so a machine
 * getting busier mid-run burdens both alike. Writes bench/results/headers.json and prints a table:
 * median requests per second and the server time per request they imply.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

const ROUNDS = 3;
const SECONDS = 2;
const CONNECTIONS = 10;
const VARIANTS = ['with', 'without'] as const;
type Variant = (typeof VARIANTS)[number];

/** The child: both apps on one demo database, a logged-in resident's token, and their ports. */
async function serve(): Promise<void> {
  const { buildApp } = await import('../src/server/app');
  const { configFromEnv } = await import('../src/server/config');
  const { createDatabase } = await import('../src/server/db/database');
  const { migrateToLatest } = await import('../src/server/db/migrate');
  const { seedDemo } = await import('../src/server/demo/seed');
  const dataDir = mkdtempSync(join(tmpdir(), 'linlitong-bench-headers-'));
  const db = createDatabase(undefined, { dataDir });
  await migrateToLatest(db);
  await seedDemo(db, new Date());
  const codes: string[] = [];
  const base = { ...configFromEnv({ DEMO: '1', RATE_LIMIT_AUTH: '1000000', RATE_LIMIT_PUSH: '1000000' }, []), dataDir };
  const ports: Record<string, number> = {};
  let token = '';
  for (const variant of VARIANTS) {
    const app = await buildApp({
      db, config: { ...base, securityHeaders: variant === 'with' },
      codeSender: { send: async (_phone, code) => { codes.push(code); } },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    ports[variant] = typeof address === 'object' && address ? address.port : 0;
    if (!token) {
      await app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone: '13800000001' } });
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { phone: '13800000001', code: codes.at(-1) } });
      token = login.json<{ token: string }>().token;
    }
  }
  const cursor = (await (await fetch(`http://127.0.0.1:${ports.with}/api/sync/pull?cursor=0&limit=500`, {
    headers: { authorization: `Bearer ${token}` },
  })).json()) as { cursor: string };
  process.stdout.write(`${JSON.stringify({ ports, token, cursor: cursor.cursor, hasClient: existsSync('dist/index.html') })}\n`);
}

interface Measure { route: string; variant: Variant; rps: number; latencyMs: number }

/** The parent: starts the child, loads every route on both copies in alternating rounds, reports. */
async function measure(): Promise<void> {
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/bench-headers.ts', '--serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const info = await new Promise<{ ports: Record<Variant, number>; token: string; cursor: string; hasClient: boolean }>((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const line = text.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line));
    });
    child.once('exit', (code) => reject(new Error(`the bench server exited with ${code}`)));
  });
  const routes = [
    { name: info.hasClient ? 'GET / (app shell)' : 'GET / (404: no dist/, run npm run build)', path: '/', headers: {} },
    { name: 'GET /api/health', path: '/api/health', headers: {} },
    { name: 'GET /api/sync/pull (hot, excluded)', path: `/api/sync/pull?cursor=${info.cursor}`, headers: { authorization: `Bearer ${info.token}` } },
  ];
  const measures: Measure[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
      for (const route of routes) {
        for (const variant of order) {
          const result = await autocannon({
            url: `http://127.0.0.1:${info.ports[variant]}${route.path}`, headers: route.headers, connections: CONNECTIONS, duration: SECONDS,
          });
          measures.push({ route: route.name, variant, rps: result.requests.average, latencyMs: result.latency.average });
        }
      }
    }
  } finally {
    child.kill('SIGTERM');
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const rows = routes.map((route) => {
    const of = (variant: Variant) => measures.filter((m) => m.route === route.name && m.variant === variant);
    const withRps = median(of('with').map((m) => m.rps));
    const withoutRps = median(of('without').map((m) => m.rps));
    return {
      route: route.name,
      withRps: Math.round(withRps),
      withoutRps: Math.round(withoutRps),
      // the server is single-threaded and saturated: 1 / throughput is its time per request
      costMicrosPerRequest: Math.round(1e6 / withRps - 1e6 / withoutRps),
      withLatencyMs: Number(median(of('with').map((m) => m.latencyMs)).toFixed(2)),
      withoutLatencyMs: Number(median(of('without').map((m) => m.latencyMs)).toFixed(2)),
    };
  });
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/headers.json', `${JSON.stringify({
    measuredAt: new Date().toISOString(), rounds: ROUNDS, secondsPerRun: SECONDS, connections: CONNECTIONS, rows, measures,
  }, null, 2)}\n`);
  console.table(rows);
  console.log('written to bench/results/headers.json');
}

await (process.argv.includes('--serve') ? serve() : measure());
