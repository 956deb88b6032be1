// Every client test gets an in-memory IndexedDB; each test opens its own database name.
import 'fake-indexeddb/auto';
// The services' mutators, tables and words, as main.tsx installs them before the app opens.
import { installServices } from '../../src/client/services';

installServices();

import { configure } from '@testing-library/preact';

// findBy… and waitFor end as soon as their condition holds; the deadline only matters on a busy machine
configure({ asyncUtilTimeout: 15_000 });
