import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARCHIVE_KEEP_MS, archiveAssets } from '../../src/server/http/client-files';
import { DIALECTS, TEST_NOW, useTestApp } from './test-database';

/** A built client in a temporary folder: index.html, the real robots.txt and one hashed chunk. */
function fakeDist(root: string, chunk: string): string {
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>邻里通</title>');
  copyFileSync('public/robots.txt', join(dist, 'robots.txt'));
  writeFileSync(join(dist, 'assets', chunk), 'export const screen = 1;');
  return dist;
}

const root = mkdtempSync(join(tmpdir(), 'linlitong-client-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(DIALECTS)('the built client on %s', (kind) => {
  const dataDir = join(root, kind, 'data');
  const dist = fakeDist(join(root, kind), 'events-screen-OLD.js');
  // a chunk of the previous build, archived when that build was served
  mkdirSync(join(dataDir, 'client-archive', 'assets'), { recursive: true });
  writeFileSync(join(dataDir, 'client-archive', 'assets', 'help-screen-PREV.js'), 'export const previous = 1;');
  const t = useTestApp(kind, { distDir: dist, dataDir });

  it('answers /robots.txt with the text file, not the app shell', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/robots.txt' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain('User-agent: *');
  });

  it('answers a missing chunk with 404 and an in-app path with the app shell', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/assets/x.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).not.toMatch(/html/);
    const screen = await t.app.inject({ method: 'GET', url: '/events/mine' });
    expect(screen.statusCode).toBe(200);
    expect(screen.headers['content-type']).toMatch(/^text\/html/);
    expect(screen.headers['cache-control']).toBe('no-cache');
    expect((await t.app.inject({ method: 'GET', url: '/favicon.ico' })).statusCode).toBe(404);
  });

  it('serves the current chunks as immutable and still serves the previous build\'s chunks', async () => {
    const current = await t.app.inject({ method: 'GET', url: '/assets/events-screen-OLD.js' });
    expect(current.statusCode).toBe(200);
    expect(current.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const previous = await t.app.inject({ method: 'GET', url: '/assets/help-screen-PREV.js' });
    expect(previous.statusCode).toBe(200);
    expect(previous.body).toContain('previous');
    // the current build's chunks were archived on start, for the page that outlives the next deploy
    expect(existsSync(join(dataDir, 'client-archive', 'assets', 'events-screen-OLD.js'))).toBe(true);
  });
});

describe('archiveAssets', () => {
  it('keeps assets a build no longer ships for 30 days after the last start that shipped them', () => {
    const dir = mkdtempSync(join(root, 'archive-'));
    const assets = join(dir, 'assets');
    const archive = join(dir, 'archive');
    mkdirSync(assets);
    writeFileSync(join(assets, 'a-1.js'), 'a');
    const start = new Date(TEST_NOW);
    archiveAssets(assets, archive, start);
    // the next deploy ships b instead of a
    rmSync(join(assets, 'a-1.js'));
    writeFileSync(join(assets, 'b-2.js'), 'b');
    archiveAssets(assets, archive, new Date(start.getTime() + 1000));
    expect(existsSync(join(archive, 'a-1.js'))).toBe(true);
    archiveAssets(assets, archive, new Date(start.getTime() + ARCHIVE_KEEP_MS + 1));
    expect(existsSync(join(archive, 'a-1.js'))).toBe(false);
    // a shipped asset is never removed, however old its copy
    utimesSync(join(archive, 'b-2.js'), start, start);
    archiveAssets(assets, archive, new Date(start.getTime() + 3 * ARCHIVE_KEEP_MS));
    expect(existsSync(join(archive, 'b-2.js'))).toBe(true);
  });
});
