import { spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../../src/server/app';
import { createConsoleCodeSender, createWebhookCodeSender, maskPhone } from '../../src/server/auth/code-sender';
import { configFromEnv, startupProblems } from '../../src/server/config';
import { createDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import type { Database } from '../../src/server/db/schema';
import { buildCommunity } from './fixtures';
import { TEST_NOW } from './test-database';

/** A local stand-in for an SMS gateway: records what it is sent, answers with `status`. */
function fakeGateway() {
  const received: { headers: IncomingMessage['headers']; body: Record<string, unknown> }[] = [];
  const gateway = { received, status: 200, url: '', server: undefined as Server | undefined };
  gateway.server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => { text += chunk.toString(); });
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(text) as Record<string, unknown> });
      res.writeHead(gateway.status, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  return gateway;
}

describe('SMS senders', () => {
  const gateway = fakeGateway();
  beforeAll(async () => {
    await new Promise<void>((resolve) => gateway.server?.listen(0, '127.0.0.1', resolve));
    gateway.url = `http://127.0.0.1:${(gateway.server?.address() as AddressInfo).port}/sms`;
  });
  afterAll(() => new Promise<void>((resolve) => gateway.server?.close(() => resolve())));

  it('posts the code as JSON with the bearer token, and rejects naming the status, not the number', async () => {
    const sender = createWebhookCodeSender({ url: gateway.url, token: 'gw-secret' });
    await sender.send('13800000001', '123456');
    const got = gateway.received.at(-1);
    expect(got?.headers.authorization).toBe('Bearer gw-secret');
    expect(got?.headers['content-type']).toBe('application/json');
    expect(got?.body).toEqual({ phone: '13800000001', code: '123456', text: expect.stringContaining('123456'), expiresInSeconds: 300 });
    gateway.status = 502;
    const failure = await sender.send('13800000001', '123456').then(() => null, (err: unknown) => err as Error);
    gateway.status = 200;
    expect(failure?.message).toBe('the SMS webhook answered 502');
  });

  it('masks numbers as 138****0001, and the demo console sender prints no whole number', async () => {
    expect(maskPhone('13800000001')).toBe('138****0001');
    const lines: string[] = [];
    await createConsoleCodeSender((line) => lines.push(line)).send('13800000001', '654321');
    expect(lines).toEqual(['[demo] login code for 138****0001: 654321']);
  });

  describe('in the app, outside demo mode', () => {
    const logs: string[] = [];
    let db: Kysely<Database>;
    let app: FastifyInstance;
    const now = () => new Date(TEST_NOW);
    beforeAll(async () => {
      db = createDatabase(undefined, { sqliteFile: ':memory:' });
      await migrateToLatest(db);
      const config = { ...configFromEnv({ SMS_WEBHOOK_URL: gateway.url, CODE_SECRET: 'test-secret' }, []), distDir: '/nonexistent' };
      app = await buildApp({ db, config, now, logger: { level: 'trace', stream: { write: (line: string) => logs.push(line) } } });
    });
    afterAll(async () => {
      await app.close();
      await db.destroy();
    });

    it('sends codes through the webhook, logs neither code nor number, and lets a person retry at once when the gateway fails', async () => {
      const fx = await buildCommunity(db, now());
      const phone = fx.elder.phone ?? '';
      gateway.status = 500;
      const failed = await app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone } });
      expect([failed.statusCode, failed.json<{ error: { code: string } }>().error.code]).toEqual([503, 'SMS_UNAVAILABLE']);
      gateway.status = 200;
      const sent = await app.inject({ method: 'POST', url: '/api/auth/code', payload: { phone } });
      expect(sent.json()).toEqual({ sent: true, expiresInSeconds: 300 });
      const code = String(gateway.received.at(-1)?.body.code);
      expect(gateway.received.at(-1)?.body.phone).toBe(phone);
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { phone, code } });
      expect(login.statusCode).toBe(200);
      const log = logs.join('');
      expect(log).toContain('SMS webhook answered 500');
      expect(log).not.toContain(phone);
      expect(log).not.toContain(code);
    });
  });
});

describe('starting outside demo mode', () => {
  it('lists what is missing: an SMS sender and a CODE_SECRET of its own', () => {
    expect(startupProblems(configFromEnv({}, []))).toEqual([
      expect.stringContaining('SMS_WEBHOOK_URL'), expect.stringContaining('CODE_SECRET'),
    ]);
    expect(startupProblems(configFromEnv({ SMS_WEBHOOK_URL: 'http://127.0.0.1:9/sms' }, []))).toEqual([expect.stringContaining('CODE_SECRET')]);
    expect(startupProblems(configFromEnv({ SMS_WEBHOOK_URL: 'http://127.0.0.1:9/sms', CODE_SECRET: 's3cret' }, []))).toEqual([]);
    expect(startupProblems(configFromEnv({ DEMO: '1' }, []))).toEqual([]);
  });

  it('refuses to start the real server without them', () => {
    const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/server/main.ts'], {
      env: { ...process.env, DEMO: '', CODE_SECRET: '', SMS_WEBHOOK_URL: '', DATA_DIR: '/nonexistent-data', PORT: '0' },
      encoding: 'utf8', timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('not starting');
    expect(run.stderr).toContain('SMS_WEBHOOK_URL');
  });
});
