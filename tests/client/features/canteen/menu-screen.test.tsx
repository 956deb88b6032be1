import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { openAppDb, type AppDb } from '../../../../src/client/data/db';
import { MenuScreen } from '../../../../src/client/features/canteen/menu-screen';
import { RejectionsBanner } from '../../../../src/client/features/rejections/rejections-banner';
import { appStore } from '../../../../src/client/state/app-store';
import { menuChoices } from '../../../../src/client/features/canteen/menu-choices';
import type { SessionInfo } from '../../../../src/shared/auth';
import { mutate } from '../../../../src/client/sync/mutate';
import { canteen, DISHES, member, MOTHER, slot } from '../fixtures';

// Monday 2026-11-23 10:00 in Shanghai; the Wednesday lunch is still open
const TODAY = new Date('2026-11-23T02:00:00Z');

let db: AppDb;
const me = member();
const session: SessionInfo = { user: { ...me, phone: '13800138000' }, communityIds: ['lingyun'] };

beforeEach(async () => {
  vi.useFakeTimers({ now: TODAY, toFake: ['Date'] });
  db = openAppDb(`menu-${crypto.randomUUID()}`);
  await db.canteen.bulkPut([canteen(), canteen({ id: 'c-zhannan', name: '站南爱老公益食堂', communityId: 'cangnan' })]);
  await db.member.bulkPut([me, MOTHER]);
  await db.dish.bulkPut(DISHES);
  await db.mealSlot.bulkPut([slot(), slot({ id: 's-wed-dinner', meal: 'dinner', cutoffAt: '2026-11-25T07:00:00.000Z' })]);
  appStore.setState({ toasts: [] });
  menuChoices.setState({ selectedCanteenId: null, weekOffset: 0 });
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  db.close();
});

describe('MenuScreen with the local database', () => {
  it('shows the week of the only canteen in the user’s communities, and books a meal offline', async () => {
    render(<MenuScreen db={db} session={session} />);
    expect(await screen.findByRole('heading', { name: /11月25日 周三/ })).toBeTruthy();
    expect(screen.queryByLabelText('选择食堂')).toBeNull();
    const lunch = screen.getByRole('article', { name: /午餐$/ });
    expect(within(lunch).getByText('¥15.00')).toBeTruthy();

    fireEvent.click(within(lunch).getByRole('button', { name: '预订' }));
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByRole('radio', { name: /王秀英/ })).toBeTruthy();
    fireEvent.click(within(panel).getByRole('radio', { name: /王秀英/ }));
    fireEvent.click(within(panel).getByRole('button', { name: '确认预订' }));

    expect(await within(lunch).findByText('已存在手机上，还没送到社区')).toBeTruthy();
    expect(within(lunch).getByRole('button', { name: '预订' })).toBeTruthy();
    expect(await db.outbox.count()).toBe(1);
  });

  it('shows the catalogue message at once when the local rule refuses', async () => {
    // 站南爱老公益食堂 serves diners of 80 and over only
    await db.canteen.put(canteen({ minAge: 80 }));
    render(<MenuScreen db={db} session={session} />);
    const lunch = await screen.findByRole('article', { name: /午餐$/ });
    fireEvent.click(within(lunch).getByRole('button', { name: '预订' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认预订' }));
    expect((await screen.findByRole('alert')).textContent).toBe('年龄或送餐条件不符合，没能为您预订。');
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('MenuScreen tells the truth about a booking', () => {
  it('shows a refused booking on its meal, in place of any word of success, until read', async () => {
    await db.rejections.put({
      id: 'mut-refused', name: 'bookMeal', args: { slotId: 's-wed-lunch', dinerId: me.id }, code: 'SLOT_FULL', fields: ['slotId'], message: 'full', at: TODAY.toISOString(),
    });
    render(<MenuScreen db={db} session={session} />);
    const lunch = await screen.findByRole('article', { name: /午餐$/ });
    expect((await within(lunch).findByText(/没订上/)).closest('p')?.textContent).toBe(`没订上（${me.name}）：这一餐已经订满了，没能为您预订。`);
    expect(within(lunch).queryByText('已预订')).toBeNull();
    expect(appStore.getState().toasts).toEqual([]);
    fireEvent.click(within(lunch).getByRole('button', { name: `知道了：${me.name}没订上` }));
    await vi.waitFor(async () => expect(await db.rejections.count()).toBe(0));
    await vi.waitFor(() => expect(within(lunch).queryByText(/没订上/)).toBeNull());
  });

  it('says nothing of success after booking: the card says it is saved on the phone', async () => {
    render(<MenuScreen db={db} session={session} />);
    const lunch = await screen.findByRole('article', { name: /午餐$/ });
    fireEvent.click(within(lunch).getByRole('button', { name: '预订' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('radio', { name: /王秀英/ }));
    fireEvent.click(screen.getByRole('button', { name: '确认预订' }));
    expect(await within(lunch).findByText('已存在手机上，还没送到社区')).toBeTruthy();
    expect(appStore.getState().toasts).toEqual([]);
  });

  it('asks before cancelling; keeping the booking keeps it, and only 取消预订 cancels', async () => {
    render(<MenuScreen db={db} session={session} />);
    const lunch = await screen.findByRole('article', { name: /午餐$/ });
    fireEvent.click(within(lunch).getByRole('button', { name: '预订' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('radio', { name: /王秀英/ }));
    fireEvent.click(screen.getByRole('button', { name: '确认预订' }));
    await within(lunch).findByText('已存在手机上，还没送到社区');

    fireEvent.click(within(lunch).getByRole('button', { name: /取消预订/ }));
    const ask = await screen.findByRole('alertdialog', { name: '取消这一餐吗？' });
    expect(ask.textContent).toContain('11月25日 周三 午餐，王秀英');
    fireEvent.click(within(ask).getByRole('button', { name: '不取消，保留预订' }));
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await db.outbox.count()).toBe(1);
    expect(within(lunch).getByText('已存在手机上，还没送到社区')).toBeTruthy();

    fireEvent.click(within(lunch).getByRole('button', { name: /取消预订/ }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: '取消预订' }));
    await vi.waitFor(() => expect(within(lunch).queryByText('已存在手机上，还没送到社区')).toBeNull());
  });
});

describe('MenuScreen leads to the next meal one can book', () => {
  it('draws nothing but its title until the week is read, never an empty or missing menu first', async () => {
    render(<MenuScreen db={db} session={session} />);
    expect(screen.getByRole('heading', { name: '本周菜单' })).toBeTruthy();
    expect(screen.queryByText(/还没有下载|还没有公布菜单|还没有食堂/)).toBeNull();
    expect(screen.queryByRole('article')).toBeNull();
    // then the whole week at once: both meals of Wednesday in the same drawing
    await screen.findByRole('article', { name: /午餐$/ });
    expect(screen.getByRole('article', { name: /晚餐$/ })).toBeTruthy();
  });

  it('shows next week by itself once nothing this week can still be booked', async () => {
    // Sunday 2026-11-29, 10:00: this week's last lunch closed at 09:00
    vi.setSystemTime(new Date('2026-11-29T02:00:00Z'));
    await db.mealSlot.clear();
    await db.mealSlot.bulkPut([
      slot({ id: 's-sun-lunch', date: '2026-11-29', cutoffAt: '2026-11-29T01:00:00.000Z' }),
      slot({ id: 's-next-mon-lunch', date: '2026-11-30', cutoffAt: '2026-11-30T01:00:00.000Z' }),
    ]);
    menuChoices.setState({ weekOffset: null });
    render(<MenuScreen db={db} session={session} />);
    const next = await screen.findByRole('article', { name: '11月30日 周一 午餐' });
    expect(within(next).getByText('下一顿可订')).toBeTruthy();
    expect(screen.getByRole('button', { name: '下周' }).getAttribute('aria-pressed')).toBe('true');
    // this week is one tap away, its closed lunch folded
    fireEvent.click(screen.getByRole('button', { name: '本周' }));
    expect(await screen.findByText('这一周的餐都已截止，请看下周。')).toBeTruthy();
    expect(screen.getByText('已过去的日子（1 餐已截止）')).toBeTruthy();
  });

  it('says on the meal itself when a cancel is refused on the phone, not in a toast', async () => {
    await mutate(db, session, 'bookMeal', { bookingId: crypto.randomUUID(), slotId: 's-wed-lunch', dinerId: me.id, mode: 'dineIn' }, TODAY);
    render(<MenuScreen db={db} session={session} />);
    const lunch = await screen.findByRole('article', { name: /午餐$/ });
    // the cut-off passes while the screen is open, before it redraws
    vi.setSystemTime(new Date('2026-11-25T01:30:00Z'));
    fireEvent.click(within(lunch).getByRole('button', { name: /取消预订/ }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: '取消预订' }));
    expect((await within(lunch).findByRole('alert')).textContent).toBe('已经过了截止时间，没能办成。');
    expect(appStore.getState().toasts).toEqual([]);
  });
});

describe('RejectionsBanner with the local database', () => {
  it('tells what the server refused and forgets it on 知道了', async () => {
    await db.rejections.put({
      id: 'mut-1', name: 'bookMeal', args: { slotId: 's-wed-lunch' }, code: 'SLOT_FULL', fields: [], message: 'full', at: TODAY.toISOString(),
    });
    render(<RejectionsBanner db={db} />);
    expect(await screen.findByText('11月25日 周三 午餐 预订：这一餐已经订满了，没能为您预订。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    await vi.waitFor(async () => expect(await db.rejections.count()).toBe(0));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
