import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { App } from '../../../src/client/app';
import { openAppDb, type AppDb } from '../../../src/client/data/db';
import { setMeta } from '../../../src/client/data/meta';
import { appStore } from '../../../src/client/state/app-store';
import { menuChoices } from '../../../src/client/features/canteen/menu-choices';
import { INITIAL_SYNC_STATUS } from '../../../src/client/state/sync-slice';
import { mutate } from '../../../src/client/sync/mutate';
import type { SessionInfo } from '../../../src/shared/auth';
import { canteen, DISHES, member, NOW, slot } from './fixtures';

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

  it('shows the screen only together with the refusals banner above it, so the banner never pushes it down', async () => {
    const me = member();
    await setMeta(db, 'session', { user: { ...me, phone: '13800138000' }, communityIds: ['lingyun'] });
    await db.canteen.put(canteen());
    await db.mealSlot.put(slot());
    await db.rejections.put({
      id: 'mut-1', name: 'bookMeal', args: { slotId: 's-wed-lunch', dinerId: me.id }, code: 'SLOT_FULL', fields: [], message: 'full', at: NOW.toISOString(),
    });
    render(<App db={db} />);
    // the heading counts as shown only once the screen is no longer hidden
    await screen.findByRole('heading', { name: '本周菜单' });
    expect(screen.getByRole('alert').textContent).toContain('有 1 项操作未能完成');
  });
});

describe('logging out', () => {
  async function loggedIn(): Promise<SessionInfo> {
    const me = member();
    const session: SessionInfo = { user: { ...me, phone: '13800138000' }, communityIds: ['lingyun'] };
    await setMeta(db, 'session', session);
    await db.member.put(me);
    await db.canteen.put(canteen());
    await db.mealSlot.put(slot());
    return session;
  }

  it('asks first, with 不退出 first and in focus; 不退出 keeps the session', async () => {
    await loggedIn();
    render(<App db={db} />);
    await screen.findByRole('heading', { name: '本周菜单' });
    fireEvent.click(screen.getByRole('button', { name: '退出登录' }));
    const ask = await screen.findByRole('alertdialog', { name: '退出登录吗？' });
    expect(ask.textContent).toContain('退出后，这部手机上的社区信息会清除，下次登录时重新下载。');
    const [keep, leave] = within(ask).getAllByRole('button');
    expect(keep!.textContent).toBe('不退出');
    expect(leave!.textContent).toBe('退出登录');
    await vi.waitFor(() => expect(document.activeElement).toBe(keep));
    fireEvent.click(keep!);
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('heading', { name: '本周菜单' })).toBeTruthy();
    expect(await db.meta.get('session')).toBeTruthy();
  });

  it('warns that changes not yet sent will be lost, and logs out only on 退出登录', async () => {
    const session = await loggedIn();
    await mutate(db, session, 'bookMeal', { bookingId: crypto.randomUUID(), slotId: 's-wed-lunch', dinerId: session.user.id, mode: 'dineIn' }, NOW);
    render(<App db={db} />);
    // the sync engine counts what waits to be sent (no signal in this test)
    await vi.waitFor(() => expect(screen.getByRole('status', { name: '同步状态' }).textContent).toContain('待同步 1 项'));
    fireEvent.click(screen.getByRole('button', { name: '退出登录' }));
    const ask = await screen.findByRole('alertdialog', { name: '退出登录吗？' });
    expect(ask.textContent).toContain('还有 1 项更改只存在这部手机上，还没送到社区。现在退出，这些更改会丢失。');
    fireEvent.click(within(ask).getByRole('button', { name: '退出登录' }));
    expect(await screen.findByRole('heading', { name: '登录邻里通' })).toBeTruthy();
  });
});

