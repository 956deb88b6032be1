import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { AppHeader } from '../../../src/client/ui/app-header';
import { StatusBadge } from '../../../src/client/ui/status-badge';

afterEach(cleanup);

describe('AppHeader', () => {
  const ready = { downloaded: true, received: 0 } as const;
  it.each([
    [{ online: false, syncing: false, pending: 0, ...ready }, '离线'],
    [{ online: false, syncing: false, pending: 2, ...ready }, '离线 · 待同步 2 项'],
    [{ online: true, syncing: true, pending: 2, ...ready }, '同步中…'],
    [{ online: true, syncing: false, pending: 2, ...ready }, '待同步 2 项'],
    [{ online: true, syncing: false, pending: 0, ...ready }, '已同步'],
    // before the first download has finished, nothing is claimed as synced
    [{ online: true, syncing: false, pending: 0, downloaded: null, received: 0 }, '同步中…'],
    [{ online: true, syncing: true, pending: 0, downloaded: false, received: 0 }, '正在下载社区信息…'],
    [{ online: true, syncing: true, pending: 0, downloaded: false, received: 1500 }, '正在下载社区信息…已收到 1500 条'],
    [{ online: true, syncing: false, pending: 0, downloaded: false, received: 0 }, '社区信息还没下载，需要联网一次'],
    [{ online: false, syncing: false, pending: 0, downloaded: false, received: 0 }, '离线 · 社区信息还没下载，需要联网一次'],
  ])('shows the sync status %o as %s', (status, label) => {
    render(<AppHeader status={status} userName="李建国" onLogout={vi.fn()} />);
    expect(screen.getByRole('status', { name: '同步状态' }).textContent).toBe(label);
  });

  it('shows who is logged in and logs out', () => {
    const onLogout = vi.fn();
    render(<AppHeader status={{ online: true, syncing: false, pending: 0, downloaded: true, received: 0 }} userName="李建国" onLogout={onLogout} />);
    expect(screen.getByText('邻里通')).toBeTruthy();
    expect(screen.getByText('李建国')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '退出登录' }));
    expect(onLogout).toHaveBeenCalledOnce();
  });

  it('shows neither status nor logout before login', () => {
    render(<AppHeader status={null} userName={null} onLogout={vi.fn()} />);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('StatusBadge', () => {
  it('reads 已存在手机上，还没送到社区 or 已预订', () => {
    render(<StatusBadge state="pending" />);
    render(<StatusBadge state="confirmed" />);
    expect(screen.getByText('已存在手机上，还没送到社区')).toBeTruthy();
    expect(screen.getByText('已预订')).toBeTruthy();
  });
});
