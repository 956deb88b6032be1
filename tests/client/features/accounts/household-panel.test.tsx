import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { HouseholdPanel } from '../../../../src/client/features/accounts/household-panel';
import type { HouseholdLink } from '../../../../src/shared/accounts/household-link';
import { member, MOTHER } from '../fixtures';

afterEach(cleanup);

function link(overrides: Partial<HouseholdLink>): HouseholdLink {
  return {
    id: 'l1', requesterId: 'm-he-jun', requesterName: '何军', parentId: null, parentName: null, phoneHint: '138****0021',
    communityId: 'nongnaner', status: 'pending', createdAt: '2026-11-23T02:00:00.000Z', answeredAt: null, ...overrides,
  };
}

describe('HouseholdPanel', () => {
  it('shows the household, and a child’s requests with where each stands', () => {
    render(<HouseholdPanel meId="m-he-jun" family={[MOTHER]} unsent={new Set(['l2'])} onRequest={vi.fn()} onAnswer={vi.fn()} links={[
      link({ id: 'l1' }), link({ id: 'l2', phoneHint: '139****1234' }), link({ id: 'l3', status: 'accepted', parentId: 'm-wang', parentName: '王秀英' }),
    ]} />);
    expect(screen.getByText('王秀英（没有手机）')).toBeTruthy();
    const sent = screen.getByRole('list', { name: '我发出的申请' });
    expect(within(sent).getByText(/138\*\*\*\*0021 · 等对方同意/)).toBeTruthy();
    expect(within(sent).getByText(/139\*\*\*\*1234 · 已存在手机上，还没送到社区/)).toBeTruthy();
    expect(within(sent).getByText(/王秀英 · 已加为家人/)).toBeTruthy();
  });

  it('checks the number before asking, and asks with it', async () => {
    const onRequest = vi.fn(async () => null);
    render(<HouseholdPanel meId="m-he-jun" family={[]} links={[]} unsent={new Set()} onRequest={onRequest} onAnswer={vi.fn()} />);
    fireEvent.input(screen.getByLabelText('父母的手机号码'), { target: { value: '12345' } });
    fireEvent.click(screen.getByRole('button', { name: '发送申请' }));
    expect((await screen.findByRole('alert')).textContent).toContain('11 位');
    expect(onRequest).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('父母的手机号码'), { target: { value: '13800000021' } });
    fireEvent.click(screen.getByRole('button', { name: '发送申请' }));
    await vi.waitFor(() => expect(onRequest).toHaveBeenCalledWith('13800000021'));
  });

  it('lets the parent say yes or no to a request made to them', () => {
    const onAnswer = vi.fn();
    const me = member({ id: 'm-he-shufen' });
    render(<HouseholdPanel meId={me.id} family={[]} unsent={new Set()} onRequest={vi.fn()} onAnswer={onAnswer}
      links={[link({ id: 'l9', parentId: me.id, parentName: '何淑芬' })]} />);
    const request = screen.getByRole('group', { name: '何军 想把您加为家人' });
    fireEvent.click(within(request).getByRole('button', { name: '同意' }));
    expect(onAnswer).toHaveBeenCalledWith('l9', true);
  });
});
