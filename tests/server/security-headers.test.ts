import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApp } from './test-database';
import { buildCommunity, loginAs } from './fixtures';

const root = mkdtempSync(join(tmpdir(), 'linlitong-headers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dist = join(root, 'dist');
mkdirSync(join(dist, 'assets'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>邻里通</title><script type="module" src="/assets/main.js"></script>');
writeFileSync(join(dist, 'assets', 'main.js'), 'export {};');

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: unknown): Map<string, string[]> {
  return new Map(String(header).split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

// The database plays no part in headers: SQLite only.
describe('security headers', () => {
  const t = useTestApp('sqlite', { distDir: dist, dataDir: join(root, 'data') });

  it('gives the app’s pages a strict policy: own scripts only, none inline, never framed, no referrer', async () => {
    for (const url of ['/', '/events', '/assets/main.js', '/api/health']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      const csp = directives(res.headers['content-security-policy']);
      expect(csp.get('script-src'), url).toEqual(["'self'"]);
      expect(csp.get('script-src-attr'), url).toEqual(["'none'"]);
      expect(csp.get('style-src'), url).toEqual(["'self'"]);
      expect(csp.get('default-src'), url).toEqual(["'self'"]);
      expect(csp.get('object-src'), url).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors'), url).toEqual(["'none'"]);
      // plain http (the demo): upgrading would break it
      expect(csp.has('upgrade-insecure-requests'), url).toBe(false);
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['permissions-policy'], url).toContain('camera=(self)');
      expect(res.headers['permissions-policy'], url).toContain('geolocation=()');
    }
  });

  it('leaves the hot sync routes without them', async () => {
    const fx = await buildCommunity(t.db, t.clock.now());
    const token = await loginAs(t, fx.elder);
    const res = await t.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    for (const name of ['content-security-policy', 'x-frame-options', 'permissions-policy', 'referrer-policy']) {
      expect(res.headers[name], name).toBeUndefined();
    }
  });
});

describe('security headers over https', () => {
  const t = useTestApp('sqlite', { distDir: dist, dataDir: join(root, 'data-https'), secureCookies: true });

  it('adds HSTS and upgrade-insecure-requests', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/' });
    expect(directives(res.headers['content-security-policy']).has('upgrade-insecure-requests')).toBe(true);
    expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
  });
});

describe('the page source', () => {
  it('has no inline script and no inline event handler, which the policy would block', () => {
    const html = readFileSync('index.html', 'utf8');
    for (const [, attrs] of html.matchAll(/<script\b([^>]*)>/g)) expect(attrs).toMatch(/\bsrc=/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/<style\b/);
  });
});
