import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { CardDesk } from '../../../../src/client/features/accounts/card-desk';
import type { ServiceCard } from '../../../../src/shared/accounts/service-card';
import { member, NOW } from '../fixtures';

afterEach(cleanup);

const WU = member({ id: 'u-wu', name: '吴德福', hasLogin: false, birthDate: '1938-12-01' });
const WANG = member({ id: 'u-wang', name: '王秀英', birthDate: '1946-03-12' });
const STAFF = member({ id: 'u-zhao', name: '赵敏', role: 'staff' });

function card(overrides: Partial<ServiceCard>): ServiceCard {
  return {
    id: 'c1', memberId: WU.id, communityId: 'lingyun', issuedById: STAFF.id, issuedAt: '2026-11-22T02:00:00.000Z',
    expiresAt: '2026-12-06T02:00:00.000Z', usedAt: null, revokedAt: null, ...overrides,
  };
}

function setup(cards: ServiceCard[], unsent = new Set<string>()) {
  const props = { onIssue: vi.fn(), onRevoke: vi.fn(), onAttachPhone: vi.fn(async () => null as string | null) };
  render(<CardDesk people={[WU, WANG, STAFF]} cards={cards} unsent={unsent} now={NOW} {...props} />);
  return props;
}

describe('CardDesk', () => {
  it('finds people by name; staff get no card', () => {
    const { onIssue } = setup([]);
    // before a search: those without a phone, or with cards
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual(['吴德福']);
    fireEvent.input(screen.getByLabelText('按姓名查找居民'), { target: { value: '敏' } });
    expect(within(screen.getByRole('listitem', { name: '赵敏' })).queryByRole('button', { name: '打印服务卡' })).toBeNull();
    fireEvent.input(screen.getByLabelText('按姓名查找居民'), { target: { value: '王' } });
    fireEvent.click(within(screen.getByRole('listitem', { name: '王秀英' })).getByRole('button', { name: '打印服务卡' }));
    expect(onIssue).toHaveBeenCalledWith(WANG.id);
  });

  it('says of each live card whether it has reached the community, can be used, or was used; and revokes one', () => {
    const used = card({ id: 'c2', usedAt: '2026-11-22T03:00:00.000Z' });
    const { onRevoke } = setup([card({ id: 'c1' }), used, card({ id: 'c3', issuedAt: '2026-11-23T02:00:00.000Z' }),
      card({ id: 'c4', revokedAt: '2026-11-22T04:00:00.000Z' }), card({ id: 'c5', expiresAt: '2026-11-23T01:00:00.000Z' })], new Set(['c3']));
    const row = screen.getByRole('listitem', { name: '吴德福' });
    const lines = [...row.querySelectorAll('.card-line')].map((p) => p.textContent);
    expect(lines).toEqual([
      '2026-11-22 办的卡 · 可以用了（还没有扫过）停用这张卡',
      '2026-11-22 办的卡 · 已经登录过一部手机停用这张卡',
      '2026-11-23 办的卡 · 已存在手机上，还没送到社区：送到以后卡才能用停用这张卡',
    ]);
    fireEvent.click(within(row).getAllByRole('button', { name: '停用这张卡' })[1]!);
    expect(onRevoke).toHaveBeenCalledWith(used);
  });

  it('registers a phone number for someone without one, checking it first', async () => {
    const { onAttachPhone } = setup([]);
    const row = screen.getByRole('listitem', { name: '吴德福' });
    fireEvent.click(within(row).getByRole('button', { name: '登记手机号' }));
    fireEvent.input(within(row).getByLabelText('吴德福 的手机号码'), { target: { value: '1380' } });
    fireEvent.click(within(row).getByRole('button', { name: '保存手机号' }));
    expect((await within(row).findByRole('alert')).textContent).toContain('11 位');
    fireEvent.input(within(row).getByLabelText('吴德福 的手机号码'), { target: { value: '13800000099' } });
    fireEvent.click(within(row).getByRole('button', { name: '保存手机号' }));
    await vi.waitFor(() => expect(onAttachPhone).toHaveBeenCalledWith(WU.id, '13800000099'));
  });
});
