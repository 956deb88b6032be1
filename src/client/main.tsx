import { render } from 'preact';
import { App } from './app';
import { openAppDb } from './data/db';
import { registerServiceWorker } from './sw-bridge';
import './styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
render(<App db={openAppDb()} />, root);

// the service worker can wait until the first screen is up
addEventListener('load', () => void registerServiceWorker());
