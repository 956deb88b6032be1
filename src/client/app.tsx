import { useEffect, useState } from 'preact/hooks';
import type { SessionInfo } from '../shared/auth';
import type { AppDb } from './data/db';
import { forgetSession, loadSession, logout, refreshSession } from './session/session';
import { createSyncEngine, type SyncEngine } from './sync/sync-engine';
import { t } from './i18n/t';
import { navigate, ROUTES, useRoute } from './router';
import { appStore } from './state/app-store';
import { INITIAL_SYNC_STATUS } from './state/sync-slice';
import { useAppStore } from './state/use-store';
import { AppHeader } from './ui/app-header';
import { DisplayBar } from './ui/display-controls';
import { ELDER_MIN_STEP } from './display/display-prefs';
import { BottomNav } from './ui/bottom-nav';
import { lazyScreen } from './ui/lazy-screen';
import { ToastList } from './ui/toast-list';
import { LoginScreen } from './features/login/login-screen';
import { MenuScreen } from './features/canteen/menu-screen';
import { RejectionsBanner } from './features/rejections/rejections-banner';
import { PwaSlot } from './pwa/pwa-slot';

// 我的预订 is not the first screen: its code loads when first opened
const BookingsScreen = lazyScreen(() => import('./features/canteen/bookings-screen').then((m) => m.BookingsScreen));
// help on request: every help screen loads on first use
const HelpScreen = lazyScreen(() => import('./features/help/help-screen').then((m) => m.HelpScreen));
// events: every event screen loads on first use, keeping the menu's first load small
const EventsScreen = lazyScreen(() => import('./features/events/events-screen').then((m) => m.EventsScreen));
const MyEventsScreen = lazyScreen(() => import('./features/events/my-events-screen').then((m) => m.MyEventsScreen));
const WishesScreen = lazyScreen(() => import('./features/events/wishes-screen').then((m) => m.WishesScreen));
const StaffEventsScreen = lazyScreen(() => import('./features/events/staff-screen').then((m) => m.StaffEventsScreen));

const TOAST_MS = 6_000;

/** Toasts from the store, each closing by itself after a few seconds. */
function Toasts() {
  const toasts = useAppStore((s) => s.toasts);
  useEffect(() => {
    const timers = toasts.map((toast) => setTimeout(() => appStore.getState().dismissToast(toast.id), TOAST_MS));
    return () => timers.forEach(clearTimeout);
  }, [toasts]);
  return <ToastList toasts={toasts} onDismiss={(id) => appStore.getState().dismissToast(id)} />;
}

/** Runs the sync engine while someone is logged in, mirroring its status into the store. */
function useSyncEngine(db: AppDb, session: SessionInfo | null | undefined, onSessionEnded: () => void): SyncEngine | null {
  const [engine, setEngine] = useState<SyncEngine | null>(null);
  useEffect(() => {
    if (!session) return;
    const running = createSyncEngine({
      db,
      onStatus: (status) => appStore.getState().setSyncStatus(status),
      onSessionEnded,
    });
    running.start();
    setEngine(running);
    return () => {
      running.stop();
      setEngine(null);
      appStore.getState().setSyncStatus(INITIAL_SYNC_STATUS);
    };
    // a new engine per logged-in session; onSessionEnded only ever clears the session
  }, [db, session]);
  return engine;
}

/** The app shell: who is logged in, header, rejections, the current screen, bottom nav. */
export function App({ db }: { db: AppDb }) {
  // undefined while the stored session is being read
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);
  const route = useRoute();
  const syncStatus = useAppStore((s) => s.sync);
  const display = useAppStore((s) => s.display);
  const { setElderMode, setTextStep, setHighContrast } = appStore.getState();
  const onSessionEnded = () => {
    forgetSession(db).catch((error: unknown) => console.error('could not forget the session', error));
    setSession(null);
  };
  const engine = useSyncEngine(db, session, onSessionEnded);

  // the stored session opens the app at once (also offline); the server then says whether it still holds
  useEffect(() => {
    loadSession(db)
      .then(async (stored) => {
        setSession(stored);
        if (!stored) return;
        const fresh = await refreshSession(db);
        // a new object would restart the sync engine; only replace a session that really changed
        if (JSON.stringify(fresh) !== JSON.stringify(stored)) setSession(fresh);
      })
      .catch((error: unknown) => {
        console.error('could not read the stored session', error);
        setSession(null);
      });
  }, [db]);

  // without a session only the login screen makes sense; with one, the login screen does not
  useEffect(() => {
    if (session === null && route !== ROUTES.login) navigate(ROUTES.login, true);
    if (session && route === ROUTES.login) navigate(ROUTES.menu, true);
  }, [session, route]);

  const onLogout = async () => {
    // logging out clears this phone's copy, queue included: say so before work is lost
    if (syncStatus.pending > 0 && !confirm(t('logout.pendingWarning', { count: syncStatus.pending }))) return;
    engine?.stop();
    try {
      await logout(db);
    } finally {
      setSession(null);
    }
  };

  let screen;
  if (session === undefined) screen = <p role="status">{t('app.loading')}</p>;
  else if (session === null) screen = <LoginScreen db={db} onLoggedIn={setSession} />;
  else if (route === ROUTES.bookings) screen = <BookingsScreen db={db} session={session} />;
  else if (route === ROUTES.help) screen = <HelpScreen db={db} session={session} />;
  // events
  else if (route === ROUTES.events) screen = <EventsScreen db={db} session={session} />;
  else if (route === ROUTES.myEvents) screen = <MyEventsScreen db={db} session={session} />;
  else if (route === ROUTES.eventWishes) screen = <WishesScreen db={db} session={session} />;
  else if (route === ROUTES.eventStaff) screen = <StaffEventsScreen db={db} session={session} />;
  else screen = <MenuScreen db={db} session={session} />;

  return (
    <div class="app">
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader status={session ? syncStatus : null} userName={session ? session.user.name : null} onLogout={onLogout} />
      <DisplayBar elderMode={display.elderMode} textStep={display.textStep} highContrast={display.highContrast}
        minStep={display.elderMode ? ELDER_MIN_STEP : 0} onElderMode={setElderMode} onTextStep={setTextStep} onContrast={setHighContrast} />
      <PwaSlot />
      {session && <RejectionsBanner db={db} />}
      <main id="main" tabIndex={-1}>
        {screen}
      </main>
      <Toasts />
      {session && <BottomNav route={route} />}
    </div>
  );
}
