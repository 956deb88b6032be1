import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { EventCard } from '../../../../src/client/features/events/event-card';
import { rosterCsv } from '../../../../src/client/features/events/roster-csv';
import { event, NOW, PARENT, signup, SON } from '../../../shared/events/event-fixtures';

describe('EventCard', () => {
  it('shows time, place, organiser, places left in people, ages and deadline, and signs up', () => {
    const onSignUp = vi.fn();
    render(<EventCard event={event({ placesTaken: 26 })} myStatus={null} now={NOW} onSignUp={onSignUp} />);
    expect(screen.getByRole('heading', { name: /艺术疗愈课/ })).toBeTruthy();
    expect(screen.getByText('11月28日 周六 09:30–11:00')).toBeTruthy();
    expect(screen.getByText('组织者：何老师')).toBeTruthy();
    expect(screen.getByText('剩余 4 个名额')).toBeTruthy();
    expect(screen.getByText('名额按人数计算：大人、孩子每人占一个。')).toBeTruthy();
    expect(screen.getByText(/适合 6–14 岁/)).toBeTruthy();
    expect(screen.getByText('11月27日 周五 18:00 截止报名')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '报名' }));
    expect(onSignUp).toHaveBeenCalled();
  });

  it('offers the waiting list when full, shows my status, and says when the organiser cancelled', () => {
    const { rerender, container } = render(<EventCard event={event({ placesTaken: 30 })} myStatus={null} now={NOW} onSignUp={() => {}} />);
    expect(screen.getByText('名额已满')).toBeTruthy();
    expect(screen.getByRole('button', { name: '加入候补' })).toBeTruthy();
    rerender(<EventCard event={event()} myStatus="waiting" now={NOW} onSignUp={() => {}} />);
    expect(screen.getByText('候补中')).toBeTruthy();
    expect(container.querySelector('button')).toBeNull();
    rerender(<EventCard event={event({ status: 'cancelled' })} myStatus="confirmed" now={NOW} onSignUp={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('活动已取消');
  });
});

describe('rosterCsv', () => {
  it('starts with a BOM, has Chinese headers and quotes what needs quoting', () => {
    const members = new Map([[PARENT.id, { ...PARENT, name: '林芳' }], [SON.id, { ...SON, name: '林"小宇"' }]]);
    const rows = [signup('a', 2, 'confirmed', 0, {
      bookedById: PARENT.id, memberIds: [PARENT.id, SON.id], ticketCode: 'ABC234',
      checkedInAt: '2026-11-28T01:35:00.000Z', checkedInByName: '何老师',
    })];
    const csv = rosterCsv(rows, members);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('报名人,参加人员,大人,孩子,人数,状态,凭证码,签到时间,签到人');
    expect(lines[1]).toBe('林芳,"林芳、林""小宇""",1,1,2,已报名,ABC234,11月28日 周六 09:35,何老师');
  });
});

describe('rosterCsv with hostile names', () => {
  it('keeps a name that looks like a formula as text, so Excel never runs it', () => {
    const members = new Map([[PARENT.id, { ...PARENT, name: '=HYPERLINK("http://x","点我")' }]]);
    const csv = rosterCsv([signup('a', 1, 'confirmed', 0, { bookedById: PARENT.id, memberIds: [PARENT.id], ticketCode: 'ABC234' })], members);
    const row = csv.slice(1).split('\r\n')[1] ?? '';
    expect(row.startsWith(`"'=HYPERLINK(""http://x"",""点我"")"`)).toBe(true);
  });
});
