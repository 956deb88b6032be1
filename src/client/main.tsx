import { render } from 'preact';
import { App } from './app';
import { openAppDb } from './data/db';
import { applyDisplayPrefs } from './display/display-prefs';
import { appStore } from './state/app-store';
import { registerServiceWorker } from './sw-bridge';
import './styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
// the phone's text size and elder mode apply before the first paint, so nothing grows under a finger
applyDisplayPrefs(appStore.getState().display);
render(<App db={openAppDb()} />, root);

// the service worker can wait until the first screen is up
addEventListener('load', () => void registerServiceWorker());
