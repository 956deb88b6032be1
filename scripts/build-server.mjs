// Compiles the server to plain JavaScript for `npm start`: dist-server/main.js, one ES module,
// with a source map so stack traces name the .ts lines. It uses Vite's own SSR build (rolldown),
// already here for the client: it understands our extensionless TypeScript imports, which tsc would
// emit unchanged and Node would then refuse. Packages stay external, loaded from node_modules at run
// time, so the build fails if the server would import one that `npm ci --omit=dev` does not install.
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const outDir = new URL('../dist-server/', import.meta.url).pathname;

const output = await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: 'src/server/main.ts',
    outDir,
    emptyOutDir: true,
    target: 'node20',
    // readable stack traces in production logs matter more than a few kB on a server
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
  },
  ssr: { target: 'node' },
});

/** The package a bare import names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const runtime = new Set(Object.keys(pkg.dependencies ?? {}));
const builtins = new Set(builtinModules);
const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
const imported = new Set(chunks.flatMap((c) => [...c.imports, ...c.dynamicImports]).filter((id) => !chunks.some((c) => c.fileName === id)));
const missing = [...imported].filter((id) => !id.startsWith('node:') && !builtins.has(id) && !runtime.has(packageOf(id)));
if (missing.length > 0) {
  console.error(`the server imports ${missing.map(packageOf).join(', ')}, not in package.json "dependencies": npm ci --omit=dev would leave it out`);
  process.exit(1);
}
console.log(`server built: dist-server/main.js (imports ${[...imported].filter((id) => !id.startsWith('node:')).sort().join(', ')})`);
