import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '../../src/server/demo/seed';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('lists every demo login the seed creates', () => {
    for (const login of DEMO_LOGINS) expect(readme, `${login.phone} ${login.name}`).toContain(`| ${login.phone} | ${login.name}`);
  });

  it('carries exactly the two set-up commands', () => {
    const commands = [...readme.matchAll(/```sh\n([^`]+)```/g)].map((m) => m[1]?.trim());
    expect(commands).toEqual(['npm ci && npm run start:demo', 'npm ci && npm test']);
  });
});
