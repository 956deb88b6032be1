import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { SessionsPanel, type SessionsApi } from '../../../../src/client/features/accounts/sessions-panel';
import { deviceName } from '../../../../src/client/features/accounts/device-name';
import { ApiError } from '../../../../src/client/sync/api-client';
import type { SessionSummary } from '../../../../src/shared/auth';

afterEach(cleanup);

const ANDROID_WECHAT = 'Mozilla/5.0 (Linux; Android 10; Redmi 8) AppleWebKit/537.36 Chrome/120 Mobile MicroMessenger/8.0';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1';
const PC = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120 Safari/537.36';

function session(id: string, device: string | null, current = false): SessionSummary {
  return { id, device, createdAt: '2026-11-20T02:00:00.000Z', expiresAt: '2026-12-20T02:00:00.000Z', current };
}

/** A fake server holding these sessions; ending removes them. */
function fakeApi(start: SessionSummary[]): SessionsApi & { sessions: SessionSummary[] } {
  const api = {
    sessions: [...start],
    list: vi.fn(async () => [...api.sessions]),
    endOne: vi.fn(async (id: string) => {
      api.sessions = api.sessions.filter((s) => s.id !== id);
      return 1;
    }),
    endOthers: vi.fn(async () => {
      const before = api.sessions.length;
      api.sessions = api.sessions.filter((s) => s.current);
      return before - api.sessions.length;
    }),
  };
  return api;
}

describe('deviceName', () => {
  it('names a device by its kind and browser, as a person recognises it', () => {
    expect(deviceName(ANDROID_WECHAT)).toBe('Android 手机 · 微信');
    expect(deviceName(IPHONE)).toBe('iPhone · Safari');
    expect(deviceName(PC)).toBe('电脑 · Chrome');
    expect(deviceName(null)).toBe('不知道型号的设备');
  });
});

describe('SessionsPanel', () => {
  it('lists the person’s devices, this one marked, and logs another out after asking', async () => {
    const api = fakeApi([session('s-here', IPHONE, true), session('s-lost', ANDROID_WECHAT)]);
    render(<SessionsPanel api={api} />);
    const lost = await screen.findByRole('listitem', { name: 'Android 手机 · 微信' });
    expect(within(screen.getByRole('listitem', { name: 'iPhone · Safari' })).getByText('就是这部')).toBeTruthy();
    expect(within(screen.getByRole('listitem', { name: 'iPhone · Safari' })).queryByRole('button')).toBeNull();
    // only one other: no "all others" button
    expect(screen.queryByRole('button', { name: '让其他设备全部退出' })).toBeNull();

    fireEvent.click(within(lost).getByRole('button', { name: '让它退出' }));
    const dialog = await screen.findByRole('alertdialog', { name: '让“Android 手机 · 微信”退出登录吗？' });
    fireEvent.click(within(dialog).getByRole('button', { name: '不用了' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.endOne).not.toHaveBeenCalled();

    fireEvent.click(within(lost).getByRole('button', { name: '让它退出' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: '让它退出' }));
    expect(await screen.findByText('已让 1 台设备退出登录。')).toBeTruthy();
    expect(api.endOne).toHaveBeenCalledWith('s-lost');
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Android 手机 · 微信' })).toBeNull());
  });

  it('logs every other device out at once after asking', async () => {
    const api = fakeApi([session('s-here', IPHONE, true), session('a', PC), session('b', ANDROID_WECHAT)]);
    render(<SessionsPanel api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: '让其他设备全部退出' }));
    fireEvent.click(within(await screen.findByRole('alertdialog', { name: '让其他 2 台设备全部退出登录吗？' })).getByRole('button', { name: '让它退出' }));
    expect(await screen.findByText('已让 2 台设备退出登录。')).toBeTruthy();
    expect(api.endOthers).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
  });

  it('says it needs the network when offline, instead of showing a stale list', async () => {
    const api = { ...fakeApi([]), list: vi.fn(async (): Promise<SessionSummary[]> => Promise.reject(new ApiError(0, 'NETWORK', 'Failed to fetch'))) };
    render(<SessionsPanel api={api} />);
    expect((await screen.findByRole('alert')).textContent).toBe('网络连接不上，请检查网络后再试。');
    expect(screen.queryByRole('list')).toBeNull();
  });
});
