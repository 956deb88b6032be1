import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './server-process';

/**
 * A PostgreSQL cluster of the test's own, in a temporary folder on a free port, which the test may
 * restart and stop at will. Never the shared server on 5432: other people's tests run there, and
 * a restart would break them.
 */
export interface ThrowawayPostgres {
  /** postgres:// URL of the cluster's `linlitong` database. */
  readonly url: string;
  /**
   * `pg_ctl restart -m fast`: every connection is told 'terminating connection due to
   * administrator command'. Asynchronous, so the test's clients keep pushing meanwhile.
   */
  restart(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): void;
}

/** The folder of initdb and pg_ctl: PG_BINDIR, or the newest /usr/lib/postgresql/<version>/bin. */
function postgresBinDir(): string {
  if (process.env.PG_BINDIR) return process.env.PG_BINDIR;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  const dir = versions.map((v) => join(root, v, 'bin')).find((d) => existsSync(join(d, 'initdb')));
  if (!dir) throw new Error('no PostgreSQL server binaries (initdb) found: install postgresql or set PG_BINDIR');
  return dir;
}

/** PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** Creates, starts and opens a `linlitong` database on a fresh cluster. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  const owner = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'linlitong-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const port = await freePort();
  // the options go through as they are: uid/gid switch the user, no shell sees them
  const options = { cwd: dir, ...(owner ?? {}) };
  const ctlArgs = (args: string[]): string[] => ['-D', data, '-w', '-t', '60', ...args];
  const pgCtl = async (...args: string[]): Promise<void> => {
    await promisify(execFile)(join(bin, 'pg_ctl'), ctlArgs(args), options);
  };
  execFileSync(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'], { ...options, stdio: 'pipe' });
  // with a log file, so the server never holds our pipe open (exec would wait for it)
  const log = join(dir, 'server.log');
  const start = (): Promise<void> => pgCtl('-l', log, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start');
  await start();
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('create database linlitong');
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/linlitong`,
    restart: () => pgCtl('-l', log, '-m', 'fast', 'restart'),
    stop: () => pgCtl('-m', 'fast', 'stop'),
    start,
    destroy: () => {
      try {
        execFileSync(join(bin, 'pg_ctl'), ctlArgs(['-m', 'immediate', 'stop']), { ...options, stdio: 'pipe' });
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
