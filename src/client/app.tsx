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
import type { ToastListProps } from './ui/toast-list';
import { useConfirm } from './ui/confirm-dialog';
import { lazyComponent } from './ui/lazy-component';
import type { LoginScreenProps } from './features/login/login-screen';
import { useLiveQuery } from './data/use-live-query';
import { PwaSlot } from './pwa/pwa-slot';
import type { Language } from './i18n/languages';
import type { PublicScreenProps, ScreenProps } from './service';
import { PUBLIC_ROUTES, SERVICE_NAV, SERVICE_ROUTES } from './services';

/** Where someone without a session is sent; every other path belongs to a service. */
const LOGIN_PATH = '/login';
/** Where a fresh login lands, and what an unknown path shows. */
const HOME_PATH = '/';

/**
 * The database and session every screen gets. Not route props: the router compares those as JSON
 * and would not re-render a screen whose path is unchanged. The language is in the value so that a
 * new one re-renders the current screen.
 */
const ScreenContext = createContext<(Omit<ScreenProps, 'params'> & { language: Language }) | null>(null);

/** A service's screen as a route: it gets the database and session from context, the path's parameters from the router. */
function routed(Screen: ComponentType<ScreenProps>): ComponentType<{ params?: Record<string, string> }> {
  return function RoutedScreen({ params }) {
    const props = useContext(ScreenContext);
    return props && <Screen db={props.db} session={props.session} params={params ?? {}} />;
  };
}

const ROUTES = SERVICE_ROUTES.map((r) => ({ path: r.path, component: routed(r.component) }));
const HOME = ROUTES.find((r) => r.path === HOME_PATH);

/**
 * The login screen, loaded only for someone not logged in: most openings of the app are by
 * someone who is, and they should not download it.
 */
const loadingOrFailed = (failed: boolean) => (failed ? <p role="alert">{t('error.network')}</p> : <p role="status">{t('app.loading')}</p>);
const LazyLoginScreen = lazyComponent<LoginScreenProps>(
  () => import('./features/login/login-screen').then((m) => m.LoginScreen),
  loadingOrFailed,
);

type BannerView = ComponentType<{ db: AppDb; onShown: () => void }>;

/** Pages that open with or without a session (a login method's landing page), each loaded on first use. */
const PUBLIC = PUBLIC_ROUTES.map((r) => ({ path: r.path, component: lazyComponent<PublicScreenProps>(r.load, loadingOrFailed) }));

/**
 * The banner of what the server refused, there only while a refusal waits to be read; its code
 * loads after the first paint. It sits above the screen, so it calls `onSettled` once it is known
 * to have nothing to show, or is drawn, and the shell shows the screen only then: a banner
 * arriving late would push the whole screen down.
 */
function Refusals({ db, onSettled }: { db: AppDb; onSettled: () => void }) {
  const count = useLiveQuery(() => db.rejections.count(), [db], null);
  const [Banner, setBanner] = useState<BannerView | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('./features/rejections/rejections-banner').then(
      (m) => setBanner(() => m.RejectionsBanner),
      (error: unknown) => {
        console.error('could not load part of the screen', error);
        setFailed(true);
        onSettled();
      },
    );
  }, []);
  useEffect(() => {
    if (count === 0) onSettled();
  }, [count]);
  if (!count) return null;
  if (failed) return <p role="alert">{t('error.network')}</p>;
  return Banner ? <Banner db={db} onShown={onSettled} /> : null;
}

/** Toasts only ever follow a tap: their code loads after the first paint (see Toasts). */
const ToastList = lazyComponent<ToastListProps>(() => import('./ui/toast-list').then((m) => m.ToastList), () => null);

/** Toasts from the store; each closes by itself (see ToastList). */
function Toasts() {
  const toasts = useAppStore((s) => s.toasts);
  // fetched once the app is up, so a toast shows at once and also when the signal has gone
  useEffect(() => void ToastList.preload(), []);
  return toasts.length > 0 ? <ToastList toasts={toasts} onDismiss={(id) => appStore.getState().dismissToast(id)} /> : null;
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
  const [refusalsSettled, setRefusalsSettled] = useState(false);
  const confirm = useConfirm();
  const syncStatus = useAppStore((s) => s.sync);
  const display = useAppStore((s) => s.display);
  // every screen reads its words from `t` as it renders: a new language re-renders the shell and all below it
  const language = useAppStore((s) => s.language);
  const { setElderMode, setTextStep, setHighContrast, setLanguage } = appStore.getState();
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
    // logging out clears this phone's copy, queue included: ask, and warn before work is lost
    const { pending } = syncStatus;
    const asked = await confirm.ask({
      title: t('logout.title'),
      message: pending > 0 ? t('logout.pendingWarning', { count: pending }) : t('logout.message'),
      confirmLabel: t('header.logout'),
      keepLabel: t('logout.keep'),
    });
    if (!asked) return;
    engine?.stop();
    try {
      const { logout } = await import('./session/session');
      await logout(db);
    } finally {
      setSession(null);
    }
  };

  // until the stored session is read nothing is drawn but this line: a header drawn before then
  // would grow (status, name, logout) and push the screen down
  if (session === undefined) {
    return (
      <div class="app">
        <p class="app-opening" role="status">{t('app.loading')}</p>
      </div>
    );
  }

  let screen;
  if (publicRoute) screen = <publicRoute.component db={db} session={session} onLoggedIn={setSession} />;
  else if (session === null) screen = <LazyLoginScreen db={db} onLoggedIn={setSession} />;
  else {
    screen = (
      <ScreenContext.Provider value={{ db, session, language }}>
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
        minStep={display.elderMode ? ELDER_MIN_STEP : 0} language={language} onElderMode={setElderMode} onTextStep={setTextStep}
        onContrast={setHighContrast} onLanguage={setLanguage} />
      <PwaSlot path={path} />
      {session && <Refusals db={db} onSettled={() => setRefusalsSettled(true)} />}
      <main id="main" tabIndex={-1}>
        {loadingScreen && <p role="status">{t('app.loading')}</p>}
        {/* drawn at once, shown once the refusals above it are (see Refusals) */}
        <div class="screen" hidden={session !== null && !refusalsSettled}>
          {screen}
        </div>
      </main>
      <Toasts />
      {session && <BottomNav items={SERVICE_NAV} path={path} />}
      {confirm.dialog}
    </div>
  );
}
