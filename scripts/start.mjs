// `npm start`: runs the built server with plain Node. It never builds: a server that builds on
// start would need the dev tools in production and would start late. Arguments (e.g. --demo) and
// the environment pass straight through.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const server = join(root, 'dist-server', 'main.js');
const client = join(root, 'dist', 'index.html');

const missing = [[server, 'the server (dist-server/)'], [client, 'the app (dist/)']].filter(([path]) => !existsSync(path));
if (missing.length > 0) {
  console.error(`邻里通 is not built: ${missing.map(([, what]) => what).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing.`);
  console.error('Run `npm run build` first (it needs the dev dependencies: `npm ci`), then `npm start`.');
  process.exit(1);
}

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

// a developer's checkout: say so when the sources changed after the build (a deploy has no src/)
const built = Math.min(statSync(server).mtimeMs, statSync(client).mtimeMs);
if (newestMtime(join(root, 'src')) > built) {
  console.warn('note: src/ changed after the last build; this runs the old build until `npm run build`.');
}

process.setSourceMapsEnabled(true);
await import(server);
