import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { App } from '../../../src/client/app';
import { openAppDb, type AppDb } from '../../../src/client/data/db';
import { setMeta } from '../../../src/client/data/meta';
import { loadLanguagePref } from '../../../src/client/i18n/language-pref';
import { appStore } from '../../../src/client/state/app-store';
import { menuChoices } from '../../../src/client/features/canteen/menu-choices';
import { INITIAL_SYNC_STATUS } from '../../../src/client/state/sync-slice';
import { ReadAloudButton, type SpeechLike } from '../../../src/client/ui/read-aloud-button';
import { canteen, DISHES, member, slot } from '../features/fixtures';

let db: AppDb;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-23T02:00:00Z'), toFake: ['Date'] });
  // no server: every request fails as it does without signal
  vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
  history.replaceState(null, '', '/');
  localStorage.clear();
  db = openAppDb(`language-${crypto.randomUUID()}`);
  appStore.setState({ toasts: [], sync: INITIAL_SYNC_STATUS });
  menuChoices.setState({ selectedCanteenId: null, weekOffset: 0 });
});

afterEach(async () => {
  cleanup();
  await appStore.getState().setLanguage('zh-CN');
  localStorage.clear();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  db.close();
});

/** Logged in with this week's Wednesday lunch on the phone. */
async function openMenu(): Promise<void> {
  await setMeta(db, 'session', { user: { ...member(), phone: '13800138000' }, communityIds: ['lingyun'] });
  await db.canteen.put(canteen());
  await db.dish.bulkPut(DISHES);
  await db.mealSlot.put(slot());
  render(<App db={db} />);
  await screen.findByRole('heading', { name: '本周菜单' });
}

/** Starts watching the page for a text; the function returned says whether it ever showed. */
function watchFor(text: string): () => boolean {
  let seen = false;
  const observer = new MutationObserver(() => { seen ||= document.body.textContent?.includes(text) ?? false; });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return () => {
    observer.disconnect();
    return seen;
  };
}

/** The 语言 choice under 显示设置 in the header; its name says 语言 in every language. */
function languageChoice(): HTMLSelectElement {
  return within(document.querySelector('.display-bar') as HTMLElement).getByRole('combobox', { name: /语言/ });
}

describe('the language choice', () => {
  it('switches the menu, the header and <html lang> to English and back without a reload', async () => {
    await openMenu();
    expect(document.documentElement.lang).not.toBe('en');
    fireEvent.change(languageChoice(), { target: { value: 'en' } });

    expect(await screen.findByRole('heading', { name: 'This week’s menu' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Linlitong');
    expect(await screen.findByRole('heading', { name: 'Wed 25 Nov' })).toBeTruthy();
    expect(await screen.findByRole('article', { name: /Lunch$/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Book' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'My bookings' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Elder mode' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Text size' })).toBeTruthy();
    expect(languageChoice().value).toBe('en');
    expect(screen.queryByText('预订')).toBeNull();
    // kept on the phone for the next start (main.tsx reads it before the first render)
    expect(loadLanguagePref()).toBe('en');

    fireEvent.change(languageChoice(), { target: { value: 'zh-CN' } });
    expect(await screen.findByRole('heading', { name: '本周菜单' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: '11月25日 周三' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('shows Traditional Chinese with its own weekday names', async () => {
    await openMenu();
    fireEvent.change(languageChoice(), { target: { value: 'zh-TW' } });
    expect(await screen.findByRole('heading', { name: '本週菜單' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: '11月25日 週三' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '我的預訂' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-TW');
  });

  it('opens a lazily loaded screen straight in the chosen language, never for a moment in Chinese', async () => {
    await openMenu();
    fireEvent.change(languageChoice(), { target: { value: 'en' } });
    await screen.findByRole('heading', { name: 'This week’s menu' });
    const flashed = watchFor('社区活动');
    fireEvent.click(await screen.findByRole('link', { name: 'Events' }));
    expect(await screen.findByRole('heading', { name: 'Community events', level: 1 })).toBeTruthy();
    expect(flashed(), 'the events screen showed its Chinese title first').toBe(false);
    expect(screen.getByRole('button', { name: 'By week' })).toBeTruthy();
    // the week as a range of days, in English
    expect(screen.getByText('23 Nov – 29 Nov')).toBeTruthy();
  });

  it('is on the login screen for a first-time user, where it turns the whole screen English', async () => {
    render(<App db={db} />);
    await screen.findByRole('heading', { name: '登录邻里通' });
    const onLogin = within(screen.getByRole('main')).getByRole('combobox', { name: /语言/ });
    fireEvent.change(onLogin, { target: { value: 'en' } });
    expect(await screen.findByRole('heading', { name: 'Log in to Linlitong' })).toBeTruthy();
    expect(screen.getByLabelText('Mobile number')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Get a code' })).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('combobox', { name: /语言/ })).toBeTruthy();
  });

  it('makes read-aloud speak the current language', async () => {
    vi.stubGlobal('SpeechSynthesisUtterance', class { lang = ''; rate = 1; constructor(public text: string) {} });
    const langs: string[] = [];
    const speech: SpeechLike = { speak: (u) => langs.push(u.lang), cancel: vi.fn() };
    await appStore.getState().setLanguage('en');
    render(<ReadAloudButton text="This meal is fully booked" speech={speech} />);
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(langs).toEqual(['en']);
  });
});
