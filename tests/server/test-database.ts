import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { buildApp } from '../../src/server/app';
import { configFromEnv, type ServerConfig } from '../../src/server/config';
import { createDatabase, quoteIdent, type DatabaseKind } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import type { Database } from '../../src/server/db/schema';
import { createLocalPokeHub } from '../../src/server/sync/poke-hub';

/** Both databases every server test runs on. */
export const DIALECTS: DatabaseKind[] = ['sqlite', 'postgres'];

/** PostgreSQL the tests use. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A clock tests move; the app reads it for cut-offs and code expiry. */
export interface TestClock {
  now: () => Date;
  set: (at: Date | string) => void;
  advance: (ms: number) => void;
}

/** A freshly migrated database and an app on it, set up once per describe block. */
export interface TestApp {
  readonly db: Kysely<Database>;
  readonly app: FastifyInstance;
  readonly clock: TestClock;
  /** The PostgreSQL schema of this block (null on SQLite), for a second app instance on the same data. */
  readonly schema: string | null;
  /** Codes the app "sent by SMS", newest last. */
  readonly sentCodes: { phone: string; code: string }[];
}

/** Monday 2026-11-23 10:00 in Shanghai: the default test instant. */
export const TEST_NOW = '2026-11-23T02:00:00.000Z';

function createClock(): TestClock {
  let at = new Date(TEST_NOW);
  return {
    now: () => new Date(at),
    set: (value) => { at = new Date(value); },
    advance: (ms) => { at = new Date(at.getTime() + ms); },
  };
}

/** Fails (never skips) when PostgreSQL is down, saying how to fix it. */
async function assertPostgresReachable(): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (err) {
    throw new Error(`PostgreSQL at ${TEST_DATABASE_URL} is unreachable: start it or set TEST_DATABASE_URL`, { cause: err });
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs SQL on the test PostgreSQL outside any schema (creating and dropping schemas, ending connections). */
export async function adminQuery(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/** How the app reaches its database, for tests that take the database away. */
export interface TestDatabaseOptions {
  /** Where the app's PostgreSQL pool connects (e.g. a proxy the test cuts); read at set-up. */
  postgresUrl?: () => string;
  /** application_name of the app's PostgreSQL connections, so a test can find and end them. */
  applicationName?: string;
  /** A SQLite file in this folder (read at set-up) instead of one in memory. */
  sqliteDir?: () => string;
  sqliteBusyTimeoutMs?: number;
}

/**
 * Sets up a migrated database of a kind (SQLite in memory, or a fresh PostgreSQL schema dropped
 * afterwards) and an app on it, for the enclosing describe block.
 */
export function useTestApp(kind: DatabaseKind, overrides: Partial<ServerConfig> = {}, dbOptions: TestDatabaseOptions = {}): TestApp {
  const clock = createClock();
  const sentCodes: { phone: string; code: string }[] = [];
  let db: Kysely<Database> | undefined;
  let app: FastifyInstance | undefined;
  const schema = `t_${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    if (kind === 'postgres') {
      await assertPostgresReachable();
      await adminQuery(`create schema ${quoteIdent(schema)}`);
      db = createDatabase(dbOptions.postgresUrl?.() ?? TEST_DATABASE_URL, { schema, applicationName: dbOptions.applicationName });
      await migrateToLatest(db, { schema });
    } else {
      db = createDatabase(undefined, dbOptions.sqliteDir
        ? { dataDir: dbOptions.sqliteDir(), sqliteBusyTimeoutMs: dbOptions.sqliteBusyTimeoutMs }
        : { sqliteFile: ':memory:' });
      await migrateToLatest(db);
    }
    const config: ServerConfig = {
      ...configFromEnv({}, []),
      databaseUrl: kind === 'postgres' ? TEST_DATABASE_URL : undefined,
      database: kind,
      distDir: '/nonexistent-dist',
      ...overrides,
    };
    app = await buildApp({
      db, config, now: clock.now, pokeHub: createLocalPokeHub(),
      codeSender: { send: async (phone, code) => { sentCodes.push({ phone, code }); } },
    });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await db?.destroy();
    if (kind === 'postgres' && db) await adminQuery(`drop schema if exists ${quoteIdent(schema)} cascade`);
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: use it inside a test`);
    return value;
  };
  return {
    get db() { return need(db, 'db'); },
    get app() { return need(app, 'app'); },
    clock,
    schema: kind === 'postgres' ? schema : null,
    sentCodes,
  };
}
