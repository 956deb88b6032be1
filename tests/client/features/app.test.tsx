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

  it('says the first download has not finished, and what a screen is missing, instead of empty choices', async () => {
    // logged in, but the signal went before the first download ended: nothing is on the phone yet
    const me = member();
    await setMeta(db, 'session', { user: { ...me, phone: '13800138000' }, communityIds: ['lingyun'] });
    render(<App db={db} />);
    const status = await screen.findByRole('status', { name: '同步状态' });
    await vi.waitFor(() => expect(status.textContent).toBe('离线 · 社区信息还没下载，需要联网一次'));
    expect(await screen.findByText(/食堂和菜单还没有下载到这部手机上。请连上网络一次/)).toBeTruthy();
    expect(screen.queryByText('您所在的社区还没有食堂。')).toBeNull();

    fireEvent.click(screen.getByRole('link', { name: '帮办' }));
    fireEvent.click(await screen.findByRole('button', { name: '我要求助' }));
    expect(await screen.findByText(/可以求助的服务项目还没有下载到这部手机上。请连上网络一次/)).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button', { name: '提交求助' })).toBeNull();
  });

  it('offers elder mode at first start, and keeps the switch in sight on every screen', async () => {
    localStorage.clear();
    appStore.setState({ display: { elderMode: false, textStep: 0, highContrast: false, elderOfferAnswered: false } });
    render(<App db={db} />);
    fireEvent.click(await screen.findByRole('button', { name: '打开长辈模式' }));
    await vi.waitFor(() => expect(screen.getByRole('switch', { name: '长辈模式' }).getAttribute('aria-checked')).toBe('true'));
    expect(document.documentElement.hasAttribute('data-elder')).toBe(true);
    expect(document.documentElement.style.fontSize).toBe('125%');
    // answered: not offered again
    expect(screen.queryByRole('button', { name: '打开长辈模式' })).toBeNull();
    // the largest text size is one tap away under 显示设置
    for (let i = 0; i < 4; i += 1) fireEvent.click(screen.getByRole('button', { name: /字大一点/ }));
    expect(document.documentElement.style.fontSize).toBe('200%');
    fireEvent.click(screen.getByRole('switch', { name: '长辈模式' }));
    expect(document.documentElement.hasAttribute('data-elder')).toBe(false);
    localStorage.clear();
    appStore.getState().setTextStep(0);
  });
});
