/**
 * Serves the built client. Hashed assets are also kept in DATA_DIR/client-archive after a deploy
 * removed them from dist/, so a page opened before the deploy still loads the screens it has not
 * opened yet. In-app paths (/events …) get the app shell; any other missing file is a 404, since a
 * missing chunk answered with index.html fails in the browser as a puzzling MIME error.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { apiNotFound } from './error-handler';

/** How long a build's assets stay in the archive after the last start that shipped them. */
export const ARCHIVE_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Copies the current build's assets into the archive, marks them as still shipped (mtime = now)
 * and removes archived assets no build has shipped for ARCHIVE_KEEP_MS.
 */
export function archiveAssets(assetsDir: string, archiveDir: string, now: Date): void {
  mkdirSync(archiveDir, { recursive: true });
  const current = new Set(existsSync(assetsDir) ? readdirSync(assetsDir) : []);
  for (const name of current) {
    const archived = join(archiveDir, name);
    // hashed names never change content, so an existing copy is the same file
    if (!existsSync(archived)) copyFileSync(join(assetsDir, name), archived);
    utimesSync(archived, now, now);
  }
  for (const name of readdirSync(archiveDir)) {
    const archived = join(archiveDir, name);
    if (!current.has(name) && now.getTime() - statSync(archived).mtimeMs > ARCHIVE_KEEP_MS) rmSync(archived);
  }
}

/** Whether a path names a screen of the app (no file extension, not under /assets/ or /api/). */
function isAppPath(path: string): boolean {
  if (path === '/api' || path.startsWith('/api/') || path.startsWith('/assets/')) return false;
  return !basename(path).includes('.');
}

/** Registers the built client, if dist/ holds one, and the not-found answers. */
export async function registerClientFiles(
  app: FastifyInstance,
  { distDir, dataDir, now }: { distDir: string; dataDir: string; now: () => Date },
): Promise<void> {
  const dist = resolve(distDir);
  const hasClient = existsSync(join(dist, 'index.html'));
  if (hasClient) {
    const archiveRoot = resolve(dataDir, 'client-archive');
    archiveAssets(join(dist, 'assets'), join(archiveRoot, 'assets'), now());
    await app.register(fastifyStatic, {
      // dist first: the archive only answers for assets the current build no longer has
      root: [dist, archiveRoot],
      cacheControl: false,
      setHeaders: (res, path) => {
        // hashed assets never change; everything else (index.html, sw.js) is revalidated each time
        res.setHeader('Cache-Control', path.includes(`${sep}assets${sep}`) ? IMMUTABLE : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?', 1)[0] ?? '';
    // client-side routes: the app shell routes itself
    if (hasClient && request.method === 'GET' && isAppPath(path)) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html', dist);
    }
    return reply.status(404).send(apiNotFound(path));
  });
}
