// the core's styles first, so each service's (imported by its module) come after them
import './styles.css';
import { render } from 'preact';
import { App } from './app';
import { openAppDb } from './data/db';
import { applyDisplayPrefs } from './display/display-prefs';
import { loadLanguagePref } from './i18n/language-pref';
import { appStore } from './state/app-store';
import { captureInstallPrompt } from './pwa/install-prompt';
import { installServices } from './services';

// which version this page runs, for support and for the update test
document.documentElement.dataset.build = __BUILD_ID__;
// the browser offers installing once, early: keep the offer for our own button
captureInstallPrompt();

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
// the phone's text size and elder mode apply before the first paint, so nothing grows under a finger
applyDisplayPrefs(appStore.getState().display);
// the services' tables must be known before the database opens, and their words before a language is chosen
installServices();
const db = openAppDb();
// another language than zh-CN: its words are fetched before the first render, so nothing shows in the wrong one
void appStore.getState().setLanguage(loadLanguagePref()).then(() => render(<App db={db} />, root));

// the service worker, and all code that talks to it, can wait until the first screen is up
addEventListener('load', () => {
  import('./sw-bridge')
    .then((bridge) => bridge.registerServiceWorker())
    .catch((error: unknown) => console.warn('could not load the service worker bridge', error));
});
