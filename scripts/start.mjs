// `npm start`: build the client if dist/ is missing or older than its sources, then run the
// server with tsx, passing arguments (e.g. --demo) and the environment through.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Newest modification time of the files under a folder (0 if it does not exist). */
function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const distIndex = join(root, 'dist', 'index.html');
const sources = ['src/client', 'src/shared', 'src/sw', 'index.html', 'public'].map((p) => join(root, p));
const sourceTime = Math.max(...sources.map((p) => (existsSync(p) && statSync(p).isFile() ? statSync(p).mtimeMs : newestMtime(p))));
const builtTime = existsSync(distIndex) ? statSync(distIndex).mtimeMs : 0;

if (builtTime < sourceTime && existsSync(join(root, 'index.html'))) {
  console.log('building the client (vite build)…');
  const build = spawnSync(npx, ['vite', 'build'], { cwd: root, stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(npx, ['tsx', 'src/server/main.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
