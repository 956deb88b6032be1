import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { AuditLog } from '../../../../src/client/features/accounts/audit-log';
import type { AuditEntry } from '../../../../src/shared/accounts/audit';

afterEach(cleanup);

function entry(overrides: Partial<AuditEntry>): AuditEntry {
  return {
    id: crypto.randomUUID(), at: '2026-11-24T02:05:00.000Z', actorId: 'u-tian', actorName: '田静', communityId: 'nongnaner',
    action: 'dispatchHelpRequest', subjectId: 'u-ma', subjectName: '马丽华', details: { requestId: 'r1', volunteerId: 'u-ma' }, ...overrides,
  };
}

describe('AuditLog', () => {
  it('says who did what for whom and when, in the services’ own words, with the details', () => {
    render(<AuditLog hasMore={false} onMore={vi.fn()} entries={[
      entry({}),
      entry({ actorName: '赵敏', action: 'setSlotSeats', subjectId: null, subjectName: null, details: { slotId: 's1', seats: 30 } }),
      entry({ action: 'someNewAction', subjectName: null }),
    ]} />);
    const items = screen.getAllByRole('listitem').filter((li) => li.parentElement?.classList.contains('audit-list'));
    expect(items[0]?.textContent).toContain('11月24日 10:05 田静：派单 · 为 马丽华');
    expect(items[0]?.textContent).toContain('volunteerId: u-ma');
    expect(items[1]?.textContent).toContain('赵敏：修改座位数');
    expect(items[1]?.textContent).toContain('seats: 30');
    expect(items[2]?.textContent).toContain('田静：someNewAction');
  });

  it('offers older entries while there are any, and says when there are none', () => {
    const onMore = vi.fn();
    const { rerender } = render(<AuditLog entries={[entry({})]} hasMore onMore={onMore} />);
    fireEvent.click(screen.getByRole('button', { name: '看更早的' }));
    expect(onMore).toHaveBeenCalledOnce();
    rerender(<AuditLog entries={[]} hasMore={false} onMore={onMore} />);
    expect(screen.getByText('这个社区还没有工作人员的操作记录。')).toBeTruthy();
  });
});
