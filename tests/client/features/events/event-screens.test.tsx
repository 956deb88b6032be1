import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { openAppDb, type AppDb } from '../../../../src/client/data/db';
import { EventCard } from '../../../../src/client/features/events/event-card';
import { MyEventsScreen } from '../../../../src/client/features/events/my-events-screen';
import { StaffEventsScreen } from '../../../../src/client/features/events/staff-screen';
import { appStore } from '../../../../src/client/state/app-store';
import type { SessionInfo } from '../../../../src/shared/auth';
import { DAUGHTER, event, NOW, PARENT, person, signup, SON } from '../../../shared/events/event-fixtures';

let db: AppDb;
const STAFF_MEMBER = person('u-staff', null, { householdId: null, role: 'staff', name: '何老师', hasLogin: true });
const staffSession: SessionInfo = { user: { ...STAFF_MEMBER, phone: '13700000000' }, communityIds: ['bixiahu'] };
const parentSession: SessionInfo = { user: { ...PARENT, name: '林芳', phone: '13800138000' }, communityIds: ['bixiahu'] };

/** The Lin family's sign-up for the art class. */
const linSignup = (size: 1 | 2, overrides: Parameters<typeof signup>[4] = {}) => signup('lin', size, 'confirmed', 0, {
  householdId: 'hh-lin', bookedById: PARENT.id, memberIds: size === 2 ? [PARENT.id, SON.id] : [SON.id], ...overrides,
});

beforeEach(async () => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  db = openAppDb(`events-${crypto.randomUUID()}`);
  await db.member.bulkPut([STAFF_MEMBER, { ...PARENT, name: '林芳' }, { ...SON, name: '小宇' }, { ...DAUGHTER, name: '小雨' }]);
  appStore.setState({ toasts: [] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  db.close();
});

async function lastMutation() {
  const entries = await db.outbox.toArray();
  return entries.at(-1);
}

describe('StaffEventsScreen: editing an event', () => {
  async function openEditForm() {
    render(<StaffEventsScreen db={db} session={staffSession} />);
    const picker = screen.getByLabelText('选择活动');
    await vi.waitFor(() => expect(within(picker).getByRole('option', { name: /艺术疗愈课/ })).toBeTruthy());
    fireEvent.change(picker, { target: { value: 'ev-art' } });
    fireEvent.click(await screen.findByText('修改活动', { selector: 'summary' }));
    return screen.getByRole('form', { name: '修改活动' });
  }

  it('starts from the event\'s fields and saves the edit on this phone at once', async () => {
    await db.event.put(event({ placesTaken: 26 }));
    const form = await openEditForm();
    expect(within(form).getByLabelText<HTMLInputElement>('活动名称').value).toBe('艺术疗愈课');
    expect(within(form).getByLabelText<HTMLInputElement>('日期').value).toBe('2026-11-28');
    expect(within(form).getByLabelText<HTMLInputElement>('开始时间').value).toBe('09:30');
    expect(within(form).getByLabelText<HTMLInputElement>('报名截止（时间）').value).toBe('18:00');
    expect(within(form).getByLabelText<HTMLInputElement>('名额（人数）').value).toBe('30');
    expect(within(form).getByLabelText<HTMLInputElement>('最小年龄').value).toBe('6');
    expect(within(form).queryByLabelText(/每周重复/)).toBeNull();

    fireEvent.input(within(form).getByLabelText('活动名称'), { target: { value: '艺术疗愈课（加场）' } });
    fireEvent.input(within(form).getByLabelText('名额（人数）'), { target: { value: '40' } });
    fireEvent.input(within(form).getByLabelText('结束时间'), { target: { value: '11:30' } });
    fireEvent.change(within(form).getByLabelText('有人取消时'), { target: { value: 'offer' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存修改' }));

    await vi.waitFor(async () => expect((await db.event.get('ev-art'))?.capacity).toBe(40));
    expect(await db.event.get('ev-art')).toMatchObject({
      title: '艺术疗愈课（加场）', endsAt: '2026-11-28T03:30:00.000Z', promotion: 'offer', placesTaken: 26,
      startsAt: '2026-11-28T01:30:00.000Z', signupDeadline: '2026-11-27T10:00:00.000Z', minAge: 6, maxAge: 14,
    });
    expect(await lastMutation()).toMatchObject({ name: 'updateEvent', args: { eventId: 'ev-art', fields: { capacity: 40 } } });
  });

  it('refuses fewer places than are taken, in plain words', async () => {
    await db.event.put(event({ placesTaken: 26 }));
    const form = await openEditForm();
    fireEvent.input(within(form).getByLabelText('名额（人数）'), { target: { value: '20' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存修改' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('已报名的人数比这个名额多，名额不能再少了。');
    expect((await db.event.get('ev-art'))?.capacity).toBe(30);
    expect(await db.outbox.count()).toBe(0);
  });

  it('offers no edit for a cancelled event', async () => {
    await db.event.put(event({ status: 'cancelled' }));
    render(<StaffEventsScreen db={db} session={staffSession} />);
    const picker = screen.getByLabelText('选择活动');
    await vi.waitFor(() => expect(within(picker).getByRole('option', { name: /艺术疗愈课/ })).toBeTruthy());
    fireEvent.change(picker, { target: { value: 'ev-art' } });
    await screen.findByRole('heading', { name: '艺术疗愈课' });
    expect(screen.queryByText('修改活动', { selector: 'summary' })).toBeNull();
  });
});

describe('MyEventsScreen: changing who comes', () => {
  async function openPicker() {
    render(<MyEventsScreen db={db} session={parentSession} />);
    fireEvent.click(await screen.findByRole('button', { name: '修改参加人员' }));
    return screen.getByRole('region', { name: '谁去参加' });
  }

  it('lets the family leave someone at home, freeing the place at once', async () => {
    await db.event.put(event({ placesTaken: 28 }));
    await db.signup.put(linSignup(2));
    const picker = await openPicker();
    expect(within(picker).getByRole('checkbox', { name: /林芳/ })).toHaveProperty('checked', true);
    fireEvent.click(within(picker).getByRole('checkbox', { name: /林芳/ }));
    fireEvent.click(within(picker).getByRole('button', { name: '保存人员' }));
    await vi.waitFor(async () => expect((await db.signup.get('lin'))?.memberIds).toEqual([SON.id]));
    expect(await db.signup.get('lin')).toMatchObject({ adults: 0, children: 1 });
    expect((await db.event.get('ev-art'))?.placesTaken).toBe(27);
    expect(await lastMutation()).toMatchObject({ name: 'changeSignupParty', args: { signupId: 'lin', memberIds: [SON.id] } });
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: '谁去参加' })).toBeNull());
  });

  it('says why when the party outgrows the places left or someone is outside the ages', async () => {
    await db.event.put(event({ placesTaken: 30 }));
    await db.signup.put(linSignup(1));
    const picker = await openPicker();
    fireEvent.click(within(picker).getByRole('checkbox', { name: /林芳/ }));
    fireEvent.click(within(picker).getByRole('button', { name: '保存人员' }));
    expect((await within(picker).findByRole('alert')).textContent).toBe('人数超过了剩余名额。');
    fireEvent.click(within(picker).getByRole('checkbox', { name: /林芳/ }));
    // 小雨 is 5 on the day; the class is for 6-14
    fireEvent.click(within(picker).getByRole('checkbox', { name: /小雨/ }));
    fireEvent.click(within(picker).getByRole('button', { name: '保存人员' }));
    await vi.waitFor(() => expect(within(picker).getByRole('alert').textContent).toBe('参加人员的年龄不符合这个活动的要求。'));
    expect((await db.signup.get('lin'))?.memberIds).toEqual([SON.id]);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('a waiting family\'s place on the list', () => {
  it('shows 第 N 位候补 on 我的活动 and in the calendar', async () => {
    await db.event.put(event({ placesTaken: 30, waitingCount: 3 }));
    await db.signup.put(linSignup(2, { status: 'waiting', waitlistPosition: 2 }));
    render(<MyEventsScreen db={db} session={parentSession} />);
    const card = await screen.findByRole('article', { name: '艺术疗愈课' });
    expect(within(card).getByText('候补中')).toBeTruthy();
    expect(within(card).getByText('第 2 位候补')).toBeTruthy();
    cleanup();
    render(<EventCard event={event({ placesTaken: 30 })} myStatus="waiting" myWaitlistPosition={1} now={NOW} onSignUp={() => {}} />);
    expect(screen.getByText('第 1 位候补')).toBeTruthy();
  });
});

describe('destructive event actions ask first', () => {
  it('a family keeps its sign-up when it answers 不取消, and cancels only on 取消报名', async () => {
    await db.event.put(event());
    await db.signup.put(linSignup(2));
    render(<MyEventsScreen db={db} session={parentSession} />);
    fireEvent.click(await screen.findByRole('button', { name: '取消报名' }));
    const ask = await screen.findByRole('alertdialog', { name: '取消报名吗？' });
    expect(ask.textContent).toContain('艺术疗愈课');
    fireEvent.click(within(ask).getByRole('button', { name: '不取消，保留报名' }));
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await db.outbox.count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: '取消报名' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: '取消报名' }));
    await vi.waitFor(async () => expect((await lastMutation())?.name).toBe('cancelSignup'));
  });

  it('an organiser is told how many families a cancelled event reaches before it is cancelled', async () => {
    await db.event.put(event());
    await db.signup.put(linSignup(2));
    render(<StaffEventsScreen db={db} session={staffSession} />);
    const picker = screen.getByLabelText('选择活动');
    await vi.waitFor(() => expect(within(picker).getByRole('option', { name: /艺术疗愈课/ })).toBeTruthy());
    fireEvent.change(picker, { target: { value: 'ev-art' } });
    // the roster has arrived from the phone's database
    await screen.findAllByText(/林芳/);
    fireEvent.click(await screen.findByRole('button', { name: '取消这个活动' }));
    const ask = await screen.findByRole('alertdialog', { name: '取消整个活动吗？' });
    expect(ask.textContent).toContain('1 户家庭');
    // the safe choice comes first
    expect(within(ask).getAllByRole('button')[0]?.textContent).toBe('不取消，保留活动');
    fireEvent.click(within(ask).getByRole('button', { name: '不取消，保留活动' }));
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await db.outbox.count()).toBe(0);
  });
});
