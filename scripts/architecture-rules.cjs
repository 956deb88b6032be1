// The architecture as dependency-cruiser rules; .dependency-cruiser.cjs applies them to src, and
// tests/architecture.test.ts to src and to deliberately bad fixtures. Services are found, not
// listed: a folder src/shared/<name>/ holding <name>-module.ts is a service.
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

/** The names of the services under a project root (the folders of src/shared with a module file). */
function findServices(root) {
  const shared = join(root, 'src/shared');
  return readdirSync(shared, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(shared, d.name, `${d.name}-module.ts`)))
    .map((d) => d.name);
}

/** The forbidden dependencies, given the services' names. */
function rulesFor(services) {
  const names = services.length > 0 ? services.join('|') : '(?!)';
  const serviceFolder = `^src/(shared|server|client/features)/(${names})/`;
  const registries = '^src/(shared|server|client)/services[.]ts$';
  return [
    {
      name: 'no-circular',
      comment: 'An import cycle (type-only and lazy imports included): split the file or invert the dependency.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'shared-stays-pure',
      comment: 'src/shared is the domain: it imports only itself and valibot (no framework, no DOM, no Node).',
      severity: 'error',
      from: { path: '^src/shared/' },
      // valibot resolved into node_modules, or by name where the cruise does not resolve packages
      to: { pathNot: ['^src/shared/', '(^|/)node_modules/valibot/', '^valibot$'] },
    },
    {
      name: 'client-not-server',
      comment: 'The browser and the service worker never import server code.',
      severity: 'error',
      from: { path: '^src/(client|sw)/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'server-not-client',
      comment: 'The server never imports browser or service-worker code.',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/(client|sw)/' },
    },
    {
      name: 'core-through-registry',
      comment: 'The core names no service: only the registry of each world (services.ts) imports service modules.',
      severity: 'error',
      from: { path: '^src/', pathNot: [serviceFolder, registries] },
      to: { path: serviceFolder },
    },
    {
      name: 'services-apart',
      comment: 'A service imports the core and its own folders, never another service: move what both need to the core.',
      severity: 'error',
      from: { path: serviceFolder },
      to: { path: serviceFolder, pathNot: '^src/(shared|server|client/features)/$2/' },
    },
  ];
}

/** Options for cruising src: follow type-only imports too, never into node_modules. */
const options = {
  doNotFollow: { path: 'node_modules' },
  tsPreCompilationDeps: true,
  moduleSystems: ['es6'],
};

module.exports = { findServices, rulesFor, options };
