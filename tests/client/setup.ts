// Every client test gets an in-memory IndexedDB; each test opens its own database name.
import 'fake-indexeddb/auto';
