// the core's styles first, so each service's (imported by its module) come after them
import './styles.css';
import { render } from 'preact';
import { App } from './app';
import { openAppDb } from './data/db';
import { installServices } from './services';
import { registerServiceWorker } from './sw-bridge';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
// the services' tables must be known before the database opens
installServices();
render(<App db={openAppDb()} />, root);

// the service worker can wait until the first screen is up
addEventListener('load', () => void registerServiceWorker());
