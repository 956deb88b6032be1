import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema';

/** Which engine a database URL points at; SQLite unless it is a postgres:// URL. */
export type DatabaseKind = 'sqlite' | 'postgres';

/** Options of createDatabase. */
export interface DatabaseOptions {
  /** Folder of the SQLite file (default ./data). */
  dataDir?: string;
  /** SQLite file name or ':memory:' (default linlitong.sqlite). */
  sqliteFile?: string;
  /** PostgreSQL schema to work in (search_path); tests use one per file. */
  schema?: string;
  /** PostgreSQL application_name of the pool's connections (default linlitong), seen in pg_stat_activity. */
  applicationName?: string;
  /**
   * Hears a PostgreSQL connection that died (a restart, a failover): the pool drops it and the
   * next query opens a fresh one, so this only logs. Default: a line on stderr.
   */
  onConnectionError?: (err: Error) => void;
  /** How long a SQLite write waits for another connection's lock before SQLITE_BUSY (default 5 s). */
  sqliteBusyTimeoutMs?: number;
}

/** How long a query waits for a pooled connection (or a new one) before it fails with a 503. */
export const PG_CONNECT_TIMEOUT_MS = 10_000;

const INT8_OID = 20;

const kinds = new WeakMap<Kysely<Database>, DatabaseKind>();

/** Which engine a database made by createDatabase runs on (for the few things SQL cannot hide, like locks). */
export function databaseKindOf(db: Kysely<Database>): DatabaseKind {
  const kind = kinds.get(db);
  if (kind === undefined) throw new Error('this database was not opened by createDatabase');
  return kind;
}

/** Tells the engine from a DATABASE_URL. */
export function databaseKind(url: string | undefined): DatabaseKind {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/**
 * Opens the database: a SQLite file under the data folder by default, or a PostgreSQL pool when
 * the URL says so. Both run the same SQL, so nothing above this file knows which one it has.
 */
export function createDatabase(url?: string, opts: DatabaseOptions = {}): Kysely<Database> {
  if (databaseKind(url) === 'postgres') {
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      application_name: opts.applicationName ?? 'linlitong',
      // an unreachable server (a failover in progress) must fail a request, not hang it
      connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
      // notice a peer that vanished without closing the socket
      keepAlive: true,
      ...(opts.schema ? { options: `-c search_path=${quoteIdent(opts.schema)}` } : {}),
      // versions are bigint; they stay far below 2^53, so numbers are exact and easier to use
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
      },
    });
    watchConnections(pool, opts.onConnectionError ?? ((err) => console.error(`database connection lost: ${err.message}`)));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    kinds.set(db, 'postgres');
    return db;
  }
  const file = opts.sqliteFile ?? 'linlitong.sqlite';
  const path = file === ':memory:' ? file : join(opts.dataDir ?? './data', file);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // another process (a backup, a second server) may hold the write lock for a moment
  sqlite.pragma(`busy_timeout = ${Math.trunc(opts.sqliteBusyTimeoutMs ?? 5000)}`);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  kinds.set(db, 'sqlite');
  return db;
}

/**
 * Keeps a dying connection from killing the process. When PostgreSQL restarts, every connection
 * gets an error: the pool handles idle ones but re-emits it as its own 'error' event, and a
 * connection checked out between two queries (inside a transaction, or holding a job's lock) emits
 * it on the client, with nobody listening. An unheard 'error' event ends a Node process, so both
 * get a listener; the pool then drops the broken connection, as it never returns to service.
 */
function watchConnections(pool: pg.Pool, onError: (err: Error) => void): void {
  pool.on('connect', (client) => client.on('error', onError));
  // the same error the client's listener above has already reported
  pool.on('error', () => {});
}

/** Quotes a PostgreSQL identifier so a schema name can never inject SQL. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
