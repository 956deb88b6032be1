import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { MyDataPanel } from '../../../../src/client/features/accounts/my-data-panel';
import type { MyData } from '../../../../src/shared/accounts/personal-data';
import { member } from '../fixtures';

afterEach(cleanup);

const DATA: MyData = {
  exportedAt: '2026-11-24T02:00:00.000Z',
  person: { ...member({ name: '王秀英', birthDate: '1946-03-12' }), phone: '13800000001' },
  sessions: [{ id: 's', device: null, createdAt: '2026-11-20T02:00:00.000Z', expiresAt: '2026-12-24T02:00:00.000Z', current: true }],
  rows: { booking: [{ id: 'b1' }, { id: 'b2' }], helpContact: [{ id: 'h1' }] },
};

describe('MyDataPanel', () => {
  it('shows what the server holds, in words, and offers it as a JSON file', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:my-data');
    URL.revokeObjectURL = vi.fn();
    render(<MyDataPanel canDelete api={{ fetch: vi.fn(async () => DATA), delete: vi.fn() }} />);
    fireEvent.click(screen.getByRole('button', { name: '查看我的信息' }));
    const summary = await screen.findByLabelText('服务器上存的您的信息');
    const text = summary.textContent ?? '';
    for (const part of ['王秀英', '13800000001', '1946-03-12', '订餐2', '求助时留的地址和电话1']) expect(text).toContain(part);
    const download = screen.getByRole('link', { name: '下载一份（JSON 文件）' });
    expect(download.getAttribute('href')).toBe('blob:my-data');
    expect(download.getAttribute('download')).toBe('linlitong-my-data-2026-11-24.json');
  });

  it('deletes only after asking, and says why when it could not', async () => {
    const remove = vi.fn(async () => Promise.reject(Object.assign(new Error('offline'), { code: 'NETWORK' })));
    render(<MyDataPanel canDelete api={{ fetch: vi.fn(), delete: remove }} />);
    fireEvent.click(screen.getByRole('button', { name: '删除我的个人信息' }));
    const dialog = await screen.findByRole('alertdialog', { name: '删除您在邻里通的个人信息吗？' });
    fireEvent.click(within(dialog).getByRole('button', { name: '不删除' }));
    expect(remove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '删除我的个人信息' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: '删除我的个人信息' }));
    expect((await screen.findByRole('alert')).textContent).toBe('网络连接不上，请检查网络后再试。');
    expect(remove).toHaveBeenCalledOnce();
  });

  it('offers staff no deletion: an administrator closes their account', () => {
    render(<MyDataPanel canDelete={false} api={{ fetch: vi.fn(), delete: vi.fn() }} />);
    expect(screen.queryByRole('button', { name: '删除我的个人信息' })).toBeNull();
    expect(screen.getByText('工作人员的账号由街道管理员注销。')).toBeTruthy();
  });
});
