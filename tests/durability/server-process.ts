import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** A free port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The built server (dist-server/main.js, what `npm start` runs) in a child process. */
export interface ServerProcess {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  /** Everything it wrote so far. */
  output(): string;
  /** Whether it is still running. */
  isAlive(): boolean;
  /** Resolves with the signal or code it ended with. */
  readonly exited: Promise<NodeJS.Signals | number | null>;
}

/** Where the database is, and on which port to listen (a restart reuses its predecessor's). */
export interface ServerOptions {
  dataDir: string;
  databaseUrl?: string;
  port?: number;
}

/** Starts the built server with demo data, resolving once /api/health answers. */
export async function startServer(opts: ServerOptions): Promise<ServerProcess> {
  if (!existsSync('dist-server/main.js')) {
    throw new Error('dist-server/ is missing: run `npm run test:durability`, which builds the server first');
  }
  const port = opts.port ?? await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist-server/main.js'], {
    env: {
      ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: opts.dataDir, DATABASE_URL: opts.databaseUrl ?? '',
      DEMO: '1', LOG_LEVEL: 'warn', CODE_SECRET: 'durability-test-secret',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  // the condition: /api/health answers; fail at once if the process ends first
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server ended before it answered:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (Date.now() >= deadline) throw new Error(`the server did not answer /api/health within 60 s:\n${output}`);
  return {
    baseUrl, child, exited,
    output: () => output,
    isAlive: () => child.exitCode === null && child.signalCode === null,
  };
}

/** Stops a server with SIGTERM (as a deploy does) and waits until it has ended. */
export async function stopServer(server: ServerProcess | undefined): Promise<void> {
  if (!server?.isAlive()) return;
  server.child.kill('SIGTERM');
  await server.exited;
}
