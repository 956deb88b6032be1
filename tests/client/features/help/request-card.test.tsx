import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { RequestCard } from '../../../../src/client/features/help/request-card';
import type { HelpStatus } from '../../../../src/shared/help/help-request';
import { cardView } from './help-fixtures';

afterEach(cleanup);

const currentStep = () => within(screen.getByRole('list', { name: '进度' })).getAllByRole('listitem').find((li) => li.getAttribute('aria-current') === 'step')?.textContent;

describe('RequestCard', () => {
  it('shows the timeline 已提交 → 已接单 → 进行中 → 已完成 → 已确认 with the current step marked', () => {
    const steps: [HelpStatus, string][] = [['submitted', '已提交'], ['accepted', '已接单'], ['started', '进行中'], ['done', '已完成'], ['confirmed', '已确认']];
    for (const [status, label] of steps) {
      render(<RequestCard view={cardView({ status })} onAction={vi.fn()} />);
      const items = within(screen.getByRole('list', { name: '进度' })).getAllByRole('listitem').map((li) => li.textContent);
      expect(items).toEqual(['已提交', '已接单', '进行中', '已完成', '已确认']);
      expect(currentStep()).toBe(label);
      cleanup();
    }
    render(<RequestCard view={cardView({ status: 'cancelled' })} onAction={vi.fn()} />);
    expect(screen.getByText('已取消')).toBeTruthy();
    expect(screen.queryByRole('list', { name: '进度' })).toBeNull();
  });

  it('on the board shows kind, window and building but no name, room or phone, and lets a volunteer take it', () => {
    const onAction = vi.fn();
    render(<RequestCard view={cardView({ contact: null, actions: ['accept'] })} onAction={onAction} />);
    const card = screen.getByRole('listitem', { name: '代买菜 2026-11-25 15:00–16:00' });
    expect(card.textContent).toContain('5栋');
    for (const secret of ['何淑芬', '5栋1单元302', '13800000021']) expect(card.textContent).not.toContain(secret);
    expect(screen.queryByRole('button', { name: '取消求助' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '我来帮' }));
    expect(onAction).toHaveBeenCalledWith('r1', 'accept');
  });

  it('gives the assignee the contact, start, note and done with minutes', () => {
    const onAction = vi.fn();
    render(<RequestCard view={cardView({ status: 'started', assigneeName: '马丽华', actions: ['note', 'finish'] })} onAction={onAction} />);
    expect(screen.getByText('马丽华 接单')).toBeTruthy();
    expect(screen.getByRole('link', { name: '13800000021' }).getAttribute('href')).toBe('tel:13800000021');
    expect(screen.getByText('5栋1单元302')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('用了多少分钟'), { target: { value: '45' } });
    fireEvent.click(screen.getByRole('button', { name: '完成服务' }));
    expect(onAction).toHaveBeenCalledWith('r1', 'finish', 45);
    fireEvent.input(screen.getByLabelText('服务备注'), { target: { value: '收据放在门口' } });
    fireEvent.click(screen.getByRole('button', { name: '保存备注' }));
    expect(onAction).toHaveBeenCalledWith('r1', 'note', '收据放在门口');
    expect(screen.queryByRole('button', { name: '我来帮' })).toBeNull();
  });

  it('lets the resident cancel while open, confirm when done, and marks a pending change', () => {
    const onAction = vi.fn();
    render(<RequestCard view={cardView({ syncState: 'pending', actions: ['cancel'] })} onAction={onAction} />);
    expect(screen.getByText('已存在手机上，还没送到社区')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取消求助' }));
    expect(onAction).toHaveBeenCalledWith('r1', 'cancel');
    cleanup();
    render(<RequestCard view={cardView({ status: 'done', assigneeName: '马丽华', minutes: 45, actions: ['confirm'] })} onAction={onAction} />);
    expect(screen.queryByRole('button', { name: '取消求助' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '确认完成并感谢' }));
    expect(onAction).toHaveBeenCalledWith('r1', 'confirm');
    cleanup();
    render(<RequestCard view={cardView({ status: 'confirmed', thanked: true })} onAction={onAction} />);
    expect(screen.getByText(/已感谢志愿者/)).toBeTruthy();
  });

  it('lets staff dispatch to a chosen volunteer', () => {
    const onAction = vi.fn();
    render(<RequestCard view={cardView({ actions: ['dispatch', 'cancel'] })} volunteers={[{ id: 'u-gao-peng', name: '高鹏' }]} onAction={onAction} />);
    const send = screen.getByRole('button', { name: '派给' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('派给'), { target: { value: 'u-gao-peng' } });
    fireEvent.click(send);
    expect(onAction).toHaveBeenCalledWith('r1', 'dispatch', 'u-gao-peng');
  });
});
