import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseOptions, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';

const { findServices, rulesFor, options } = createRequire(import.meta.url)('../scripts/architecture-rules.cjs') as {
  findServices: (root: string) => string[];
  rulesFor: (services: string[]) => IForbiddenRuleType[];
  options: ICruiseOptions;
};

/** The rules broken under `baseDir`'s src, as "rule: from → to". */
async function violations(baseDir: string, services: string[]): Promise<string[]> {
  const { output } = await cruise(['src'], { ...options, baseDir, validate: true, ruleSet: { forbidden: rulesFor(services) } });
  return (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

const fixtures: string[] = [];
afterAll(() => fixtures.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A tiny project with two services and a core, plus the given files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'linlitong-arch-'));
  fixtures.push(root);
  const tree: Record<string, string> = {
    'src/shared/time.ts': 'export const now = 1;\n',
    'src/shared/canteen/canteen-module.ts': "import { now } from '../time';\nexport const canteenModule = { now };\n",
    'src/shared/events/events-module.ts': 'export const eventsModule = {};\n',
    'src/shared/services.ts': "import { canteenModule } from './canteen/canteen-module';\nimport { eventsModule } from './events/events-module';\nexport const SERVICES = { canteenModule, eventsModule };\n",
    'src/client/i18n/t.ts': "export function t(key: string): string { return key; }\n",
    'src/client/features/canteen/use-now.ts': "import { t } from '../../i18n/t';\nexport const useNow = () => t('now');\n",
    'src/client/features/events/event-messages.ts': "import { t } from '../../i18n/t';\nexport const eventMessages = { title: t('x') };\n",
    'src/client/services.ts': "import { useNow } from './features/canteen/use-now';\nimport { eventMessages } from './features/events/event-messages';\nexport const SERVICES = { useNow, eventMessages };\n",
    'src/server/config.ts': 'export const port = 8080;\n',
    'src/server/sync/projection.ts': "import { SERVICES } from '../../shared/services';\nexport const projections = SERVICES;\n",
    ...files,
  };
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const SERVICES = ['canteen', 'events'];

describe('architecture rules', () => {
  it('hold on src, and find the services they guard', async () => {
    expect(findServices('.')).toEqual(expect.arrayContaining(['canteen', 'events', 'help']));
    expect(await violations('.', findServices('.'))).toEqual([]);
  });

  it('pass a project that keeps them', async () => {
    expect(await violations(project({}), SERVICES)).toEqual([]);
  });

  it('fail on an import cycle, type-only ones included', async () => {
    const root = project({
      'src/client/i18n/t.ts': "import type { eventMessages } from '../features/events/event-messages';\nexport type Keys = keyof typeof eventMessages;\nexport function t(key: string): string { return key; }\n",
    });
    expect(await violations(root, SERVICES)).toContain('no-circular: src/client/features/events/event-messages.ts → src/client/i18n/t.ts');
  });

  it('fail when shared imports anything but shared and valibot', async () => {
    const root = project({
      'src/shared/time.ts': "import { readFileSync } from 'node:fs';\nimport { h } from 'preact';\nimport * as v from 'valibot';\nimport { t } from '../client/i18n/t';\nexport const now = [readFileSync, h, v, t].length;\n",
    });
    const found = await violations(root, SERVICES);
    expect(found).toContain('shared-stays-pure: src/shared/time.ts → fs');
    expect(found).toContain('shared-stays-pure: src/shared/time.ts → preact');
    expect(found).toContain('shared-stays-pure: src/shared/time.ts → src/client/i18n/t.ts');
    expect(found.filter((v) => v.includes('valibot'))).toEqual([]);
  });

  it('fail when the client imports the server, or the server the client', async () => {
    const root = project({
      'src/client/app.ts': "import { port } from '../server/config';\nexport const app = port;\n",
      'src/server/main.ts': "import { t } from '../client/i18n/t';\nexport const main = t;\n",
    });
    const found = await violations(root, SERVICES);
    expect(found).toContain('client-not-server: src/client/app.ts → src/server/config.ts');
    expect(found).toContain('server-not-client: src/server/main.ts → src/client/i18n/t.ts');
  });

  it('fail when a core file imports a service other than through the registry', async () => {
    const root = project({
      'src/server/sync/projection.ts': "import { canteenModule } from '../../shared/canteen/canteen-module';\nexport const projections = canteenModule;\n",
    });
    expect(await violations(root, SERVICES)).toEqual([
      'core-through-registry: src/server/sync/projection.ts → src/shared/canteen/canteen-module.ts',
    ]);
  });

  it('fail when one service imports another', async () => {
    const root = project({
      'src/client/features/events/event-messages.ts': "import { useNow } from '../canteen/use-now';\nexport const eventMessages = { now: useNow };\n",
    });
    expect(await violations(root, SERVICES)).toEqual([
      'services-apart: src/client/features/events/event-messages.ts → src/client/features/canteen/use-now.ts',
    ]);
  });
});
