import { createContext, type ComponentType } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso';
import type { SessionInfo } from '../shared/auth';
import type { AppDb } from './data/db';
import { forgetSession, loadSession } from './session/stored-session';
import type { SyncEngine } from './sync/sync-engine';
import { t } from './i18n/t';
import { appStore } from './state/app-store';
import { INITIAL_SYNC_STATUS } from './state/sync-slice';
import { useAppStore } from './state/use-store';
import { AppHeader } from './ui/app-header';
import { DisplayBar } from './ui/display-controls';
import { ELDER_MIN_STEP } from './display/display-prefs';
import { BottomNav } from './ui/bottom-nav';
import { ToastList } from './ui/toast-list';
import { lazyComponent } from './ui/lazy-component';
import type { LoginScreenProps } from './features/login/login-screen';
import { useLiveQuery } from './data/use-live-query';
import { PwaSlot } from './pwa/pwa-slot';
import type { PublicScreenProps, ScreenProps } from './service';
import { PUBLIC_ROUTES, SERVICE_NAV, SERVICE_ROUTES } from './services';

/** Where someone without a session is sent; every other path belongs to a service. */
const LOGIN_PATH = '/login';
/** Where a fresh login lands, and what an unknown path shows. */
const HOME_PATH = '/';

/** The database and session every screen gets. Not route props: the router compares those as JSON. */
const ScreenContext = createContext<Omit<ScreenProps, 'params'> | null>(null);

/** A service's screen as a route: it gets the database and session from context, the path's parameters from the router. */
function routed(Screen: ComponentType<ScreenProps>): ComponentType<{ params?: Record<string, string> }> {
  return function RoutedScreen({ params }) {
    const props = useContext(ScreenContext);
    return props && <Screen {...props} params={params ?? {}} />;
  };
}

const ROUTES = SERVICE_ROUTES.map((r) => ({ path: r.path, component: routed(r.component) }));
const HOME = ROUTES.find((r) => r.path === HOME_PATH);

const TOAST_MS = 6_000;

/**
 * The login screen, loaded only for someone not logged in: most openings of the app are by
 * someone who is, and they should not download it.
 */
const loadingOrFailed = (failed: boolean) => (failed ? <p role="alert">{t('error.network')}</p> : <p role="status">{t('app.loading')}</p>);
const LazyLoginScreen = lazyComponent<LoginScreenProps>(
  () => import('./features/login/login-screen').then((m) => m.LoginScreen),
  loadingOrFailed,
);

/** Pages that open with or without a session (a login method's landing page), each loaded on first use. */
const PUBLIC = PUBLIC_ROUTES.map((r) => ({ path: r.path, component: lazyComponent<PublicScreenProps>(r.load, loadingOrFailed) }));

/** What the server refused, shown on every screen; its code loads after the first paint. */
const RejectionsBanner = lazyComponent<{ db: AppDb }>(
  () => import('./features/rejections/rejections-banner').then((m) => m.RejectionsBanner),
  (failed) => (failed ? <p role="alert">{t('error.network')}</p> : null),
);

/** The refusals banner, there only while a refusal waits to be read. */
function Refusals({ db }: { db: AppDb }) {
  const count = useLiveQuery(() => db.rejections.count(), [db], 0);
  useEffect(() => void RejectionsBanner.preload(), []);
  return count > 0 ? <RejectionsBanner db={db} /> : null;
}

/** Toasts from the store, each closing by itself after a few seconds. */
function Toasts() {
  const toasts = useAppStore((s) => s.toasts);
  useEffect(() => {
    const timers = toasts.map((toast) => setTimeout(() => appStore.getState().dismissToast(toast.id), TOAST_MS));
    return () => timers.forEach(clearTimeout);
  }, [toasts]);
  return <ToastList toasts={toasts} onDismiss={(id) => appStore.getState().dismissToast(id)} />;
}

/**
 * Runs the sync engine while someone is logged in, mirroring its status into the store. Its code
 * loads after the first paint: the screen reads the phone's own data and needs no engine to show.
 */
function useSyncEngine(
  db: AppDb, session: SessionInfo | null | undefined, onSessionEnded: (reason: string | undefined) => void,
): SyncEngine | null {
  const [engine, setEngine] = useState<SyncEngine | null>(null);
  useEffect(() => {
    if (!session) return;
    let running: SyncEngine | null = null;
    let stopped = false;
    import('./sync/sync-engine')
      .then(({ createSyncEngine }) => {
        if (stopped) return;
        running = createSyncEngine({
          db,
          onStatus: (status) => appStore.getState().setSyncStatus(status),
          onSessionEnded,
        });
        running.start();
        setEngine(running);
      })
      .catch((error: unknown) => console.error('could not load the sync engine', error));
    return () => {
      stopped = true;
      running?.stop();
      setEngine(null);
      appStore.getState().setSyncStatus(INITIAL_SYNC_STATUS);
    };
    // a new engine per logged-in session; onSessionEnded only ever clears the session
  }, [db, session]);
  return engine;
}

/** The app: the shell inside preact-iso's location, which follows in-app links and the back button. */
export function App({ db }: { db: AppDb }) {
  return (
    <LocationProvider>
      <Shell db={db} />
    </LocationProvider>
  );
}

/** The shell: who is logged in, header, rejections, the current screen, bottom nav. */
function Shell({ db }: { db: AppDb }) {
  // undefined while the stored session is being read
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);
  const { path, route } = useLocation();
  const [loadingScreen, setLoadingScreen] = useState(false);
  const syncStatus = useAppStore((s) => s.sync);
  const display = useAppStore((s) => s.display);
  const { setElderMode, setTextStep, setHighContrast } = appStore.getState();
  const onSessionEnded = (reason: string | undefined) => {
    // the reason is stored before the login screen reads it, so it can say why
    forgetSession(db, reason)
      .catch((error: unknown) => console.error('could not forget the session', error))
      .finally(() => setSession(null));
  };
  const engine = useSyncEngine(db, session, onSessionEnded);

  // the stored session opens the app at once (also offline); the server then says whether it still holds
  useEffect(() => {
    loadSession(db)
      .then(async (stored) => {
        setSession(stored);
        if (!stored) return;
        // asking the server needs the network code, which need not hold up the first paint
        const { refreshSession } = await import('./session/session');
        const fresh = await refreshSession(db);
        // a new object would restart the sync engine; only replace a session that really changed
        if (JSON.stringify(fresh) !== JSON.stringify(stored)) setSession(fresh);
      })
      .catch((error: unknown) => {
        console.error('could not read the stored session', error);
        setSession(null);
      });
  }, [db]);

  // a login method's landing page (a scanned card) opens with or without a session
  const publicRoute = PUBLIC.find((r) => r.path === path);

  // without a session only the login screen makes sense; with one, the login screen does not
  useEffect(() => {
    if (session === null && path !== LOGIN_PATH && !publicRoute) route(LOGIN_PATH, true);
    if (session && path === LOGIN_PATH) route(HOME_PATH, true);
  }, [session, path]);

  const onLogout = async () => {
    // logging out clears this phone's copy, queue included: say so before work is lost
    if (syncStatus.pending > 0 && !confirm(t('logout.pendingWarning', { count: syncStatus.pending }))) return;
    engine?.stop();
    try {
      const { logout } = await import('./session/session');
      await logout(db);
    } finally {
      setSession(null);
    }
  };

  let screen;
  if (session === undefined) screen = <p role="status">{t('app.loading')}</p>;
  else if (publicRoute) screen = <publicRoute.component db={db} session={session} onLoggedIn={setSession} />;
  else if (session === null) screen = <LazyLoginScreen db={db} onLoggedIn={setSession} />;
  else {
    screen = (
      <ScreenContext.Provider value={{ db, session }}>
        <Router onLoadStart={() => setLoadingScreen(true)} onLoadEnd={() => setLoadingScreen(false)}>
          {ROUTES.map((r) => <Route key={r.path} path={r.path} component={r.component} />)}
          {HOME ? [<Route key="default" default component={HOME.component} />] : []}
        </Router>
      </ScreenContext.Provider>
    );
  }

  return (
    <div class="app">
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader status={session ? syncStatus : null} userName={session ? session.user.name : null} onLogout={onLogout} />
      <DisplayBar elderMode={display.elderMode} textStep={display.textStep} highContrast={display.highContrast}
        minStep={display.elderMode ? ELDER_MIN_STEP : 0} onElderMode={setElderMode} onTextStep={setTextStep} onContrast={setHighContrast} />
      <PwaSlot />
      {session && <Refusals db={db} />}
      <main id="main" tabIndex={-1}>
        {loadingScreen && <p role="status">{t('app.loading')}</p>}
        {screen}
      </main>
      <Toasts />
      {session && <BottomNav items={SERVICE_NAV} path={path} />}
    </div>
  );
}
