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
}

const INT8_OID = 20;

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
      ...(opts.schema ? { options: `-c search_path=${quoteIdent(opts.schema)}` } : {}),
      // versions are bigint; they stay far below 2^53, so numbers are exact and easier to use
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
      },
    });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  const file = opts.sqliteFile ?? 'linlitong.sqlite';
  const path = file === ':memory:' ? file : join(opts.dataDir ?? './data', file);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // another process (a backup, a second server) may hold the write lock for a moment
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** Quotes a PostgreSQL identifier so a schema name can never inject SQL. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
