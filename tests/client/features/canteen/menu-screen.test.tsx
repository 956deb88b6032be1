import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { openAppDb, type AppDb } from '../../../../src/client/data/db';
import { MenuScreen } from '../../../../src/client/features/canteen/menu-screen';
import { RejectionsBanner } from '../../../../src/client/features/rejections/rejections-banner';
import { appStore } from '../../../../src/client/state/app-store';
import { menuChoices } from '../../../../src/client/features/canteen/menu-choices';
import type { SessionInfo } from '../../../../src/shared/auth';
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

    expect(await within(lunch).findByText('待同步', {}, { timeout: 3000 })).toBeTruthy();
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
