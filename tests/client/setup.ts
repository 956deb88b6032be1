// Every client test gets an in-memory IndexedDB; each test opens its own database name.
import 'fake-indexeddb/auto';
// The services' mutators, tables and words, as main.tsx installs them before the app opens.
import { installServices } from '../../src/client/services';

installServices();
