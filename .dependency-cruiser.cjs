// Architecture rules for `npx depcruise src --config .dependency-cruiser.cjs`; the same rules run
// in `npm test` (tests/architecture.test.ts). The rules themselves: scripts/architecture-rules.cjs.
const { findServices, rulesFor, options } = require('./scripts/architecture-rules.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: rulesFor(findServices(__dirname)),
  options,
};
