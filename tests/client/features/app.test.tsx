import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { App } from '../../../src/client/app';
import { openAppDb, type AppDb } from '../../../src/client/data/db';
import { setMeta } from '../../../src/client/data/meta';
import { appStore } from '../../../src/client/state/app-store';
import { menuChoices } from '../../../src/client/features/canteen/menu-choices';
import { INITIAL_SYNC_STATUS } from '../../../src/client/state/sync-slice';
import { canteen, DISHES, member, slot } from './fixtures';

let db: AppDb;

beforeEach(async () => {
  vi.useFakeTimers({ now: new Date('2026-11-23T02:00:00Z'), toFake: ['Date'] });
  // no server: every request fails as it does without signal
  vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
  history.replaceState(null, '', '/');
  db = openAppDb(`app-${crypto.randomUUID()}`);
  appStore.setState({ toasts: [], sync: INITIAL_SYNC_STATUS });
  menuChoices.setState({ selectedCanteenId: null, weekOffset: 0 });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  db.close();
});

describe('App shell', () => {
  it('asks a first-time user to log in', async () => {
    render(<App db={db} />);
    expect(await screen.findByRole('heading', { name: '登录邻里通' })).toBeTruthy();
    await vi.waitFor(() => expect(location.pathname).toBe('/login'));
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('opens the menu offline for a user whose session is stored, and says it is offline', async () => {
    const me = member();
    await setMeta(db, 'session', { user: { ...me, phone: '13800138000' }, communityIds: ['lingyun'] });
    await db.canteen.put(canteen());
    await db.dish.bulkPut(DISHES);
    await db.mealSlot.put(slot());
    render(<App db={db} />);
    expect(await screen.findByRole('heading', { name: '本周菜单' })).toBeTruthy();
    expect(await screen.findByRole('article', { name: /午餐$/ })).toBeTruthy();
    expect(screen.getByText('李建国')).toBeTruthy();
    await vi.waitFor(() => expect(screen.getByRole('status', { name: '同步状态' }).textContent).toContain('离线'));

    fireEvent.click(screen.getByRole('link', { name: '我的预订' }));
    expect(location.pathname).toBe('/bookings');
    expect(await screen.findByRole('heading', { name: '我的预订' })).toBeTruthy();
    expect(await screen.findByText('您还没有预订。')).toBeTruthy();
  });
});
