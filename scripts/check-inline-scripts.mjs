// The server's Content-Security-Policy allows scripts and styles only from the app's own files
// (src/server/http/security-headers.ts): an inline <script>, <style> or on…= handler in a built
// page would be blocked in the browser. Run after `vite build`; fails naming what it found.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const pages = readdirSync(dist).filter((name) => name.endsWith('.html'));
const problems = [];
for (const page of pages) {
  const html = readFileSync(join(dist, page), 'utf8');
  for (const [tag, attrs] of html.matchAll(/<script\b([^>]*)>/g)) if (!/\bsrc=/.test(attrs)) problems.push(`${page}: inline ${tag}`);
  for (const [handler] of html.matchAll(/\son[a-z]+=/gi)) problems.push(`${page}: inline handler ${handler.trim()}`);
  if (/<style\b/.test(html)) problems.push(`${page}: inline <style>`);
  if (/\sstyle=/.test(html)) problems.push(`${page}: inline style attribute`);
}
if (problems.length > 0) {
  console.error(`inline code the CSP would block:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`no inline script or style in ${pages.join(', ')}`);
