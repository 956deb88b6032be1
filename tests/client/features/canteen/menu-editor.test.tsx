import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { openAppDb, type AppDb } from '../../../../src/client/data/db';
import { MenuEditorScreen } from '../../../../src/client/features/canteen/menu-editor-screen';
import { MenuScreen } from '../../../../src/client/features/canteen/menu-screen';
import { menuChoices } from '../../../../src/client/features/canteen/menu-choices';
import { appStore } from '../../../../src/client/state/app-store';
import type { SessionInfo } from '../../../../src/shared/auth';
import type { Member } from '../../../../src/shared/member';
import { canteen, DISHES, member, slot } from '../fixtures';

// Monday 2026-11-23 10:00 in Shanghai: the editor opens on next week (30 Nov – 6 Dec)
const TODAY = new Date('2026-11-23T02:00:00Z');
const STAFF: Member = member({ id: 'zhao-min', name: '赵敏', role: 'staff', householdId: null, birthDate: null, ageVerified: false });
const OTHER_STAFF: Member = { ...STAFF, id: 'zhou-li', name: '周丽', communityId: 'cangnanjie' };
const RESIDENT: Member = member();
const sessionOf = (m: Member): SessionInfo => ({ user: { ...m, phone: '13800000006' }, communityIds: [m.communityId] });
const SOUP = { id: 'd-soup', canteenId: 'c-chuxin', name: '冬瓜排骨汤', tags: ['soup' as const], allergens: [], photoId: null };

let db: AppDb;

beforeEach(async () => {
  vi.useFakeTimers({ now: TODAY, toFake: ['Date'] });
  db = openAppDb(`editor-${crypto.randomUUID()}`);
  await db.canteen.put(canteen());
  await db.member.bulkPut([STAFF, RESIDENT]);
  await db.dish.bulkPut([...DISHES, SOUP]);
  // this week's Wednesday lunch is published (28 of 40 seats booked); Thursday's is still a draft
  await db.mealSlot.bulkPut([slot(), slot({ id: 'c-chuxin-2026-11-26-lunch', date: '2026-11-26', cutoffAt: '2026-11-26T01:00:00.000Z', seatsTaken: 0, published: false })]);
  appStore.setState({ toasts: [] });
  menuChoices.setState({ selectedCanteenId: null, weekOffset: 0 });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  db.close();
});

const queued = async () => (await db.outbox.toArray()).map((m) => m.name);
/** A day's lunch card once it holds a meal (a card is drawn afresh when its meal arrives, so query it again after each step). */
const card = (day: RegExp, state = '(草稿|已发布)') => screen.findByRole('article', { name: new RegExp(`${day.source}.*午餐\\s*${state}`) });

describe('菜单管理', () => {
  it('copies this week into next week as drafts, changes one dish and publishes after asking', async () => {
    render(<MenuEditorScreen db={db} session={sessionOf(STAFF)} />);
    expect(await screen.findByText('已发布 0 餐，草稿 0 餐（草稿居民看不到）')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '复制上周菜单' }));
    let wednesday = await card(/12月2日 周三/, '草稿');
    expect(await within(wednesday).findByText('已存在手机上，还没送到社区')).toBeTruthy();
    expect(within(wednesday).getByText('肉末豆腐')).toBeTruthy();
    expect(await screen.findByText('已发布 0 餐，草稿 2 餐（草稿居民看不到）')).toBeTruthy();

    // one dish changed: the fish out, the soup in
    fireEvent.click(within(wednesday).getByRole('button', { name: '修改午餐' }));
    const form = await screen.findByRole('form', { name: /12月2日 周三 午餐/ });
    fireEvent.click(within(form).getByRole('checkbox', { name: '清蒸鲈鱼' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: '冬瓜排骨汤' }));
    fireEvent.click(within(form).getByRole('button', { name: '保存这一餐' }));
    await vi.waitFor(async () => expect(within(await card(/12月2日 周三/)).queryByText('冬瓜排骨汤')).toBeTruthy());
    wednesday = await card(/12月2日 周三/);
    expect(within(wednesday).queryByText('清蒸鲈鱼')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '发布下周菜单' }));
    const ask = await screen.findByRole('alertdialog', { name: '发布下周菜单吗？' });
    expect(ask.textContent).toContain('2 餐草稿将发布');
    fireEvent.click(within(ask).getByRole('button', { name: '确认发布' }));
    expect(await card(/12月2日 周三/, '已发布')).toBeTruthy();
    expect(await queued()).toEqual(['copyLastWeekMenu', 'saveMealSlot', 'publishWeekMenu']);
    const published = await db.mealSlot.get('c-chuxin-2026-12-02-lunch');
    expect(published).toMatchObject({ published: true, dishIds: ['d-tofu', 'd-soup'], seatsTaken: 0 });
  });

  it('keeps the week as it is when publishing is not confirmed', async () => {
    render(<MenuEditorScreen db={db} session={sessionOf(STAFF)} />);
    fireEvent.click(await screen.findByRole('button', { name: '本周' }));
    await screen.findByText('已发布 1 餐，草稿 1 餐（草稿居民看不到）');
    fireEvent.click(await screen.findByRole('button', { name: '发布本周菜单' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: '先不发布' }));
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await queued()).toEqual([]);
    expect((await db.mealSlot.get('c-chuxin-2026-11-26-lunch'))?.published).toBe(false);
  });

  it('edits seats on the menu screen, never below the seats already booked', async () => {
    render(<MenuEditorScreen db={db} session={sessionOf(STAFF)} />);
    fireEvent.click(await screen.findByRole('button', { name: '本周' }));
    const wednesday = await card(/11月25日 周三/, '已发布');
    const seats = within(wednesday).getByLabelText('座位数');
    expect(within(wednesday).getByText('已订 28 座')).toBeTruthy();
    fireEvent.input(seats, { target: { value: '20' } });
    fireEvent.click(within(wednesday).getByRole('button', { name: '保存座位数' }));
    expect((await within(wednesday).findByRole('alert')).textContent).toBe('已经订出 28 座，座位数不能少于 28。');
    expect(await queued()).toEqual([]);
    fireEvent.input(seats, { target: { value: '50' } });
    fireEvent.click(within(wednesday).getByRole('button', { name: '保存座位数' }));
    await vi.waitFor(async () => expect((await db.mealSlot.get('s-wed-lunch'))?.seats).toBe(50));
    expect(await queued()).toEqual(['setSlotSeats']);
  });

  it('adds an 80+ elder tier and refuses a price it cannot read', async () => {
    render(<MenuEditorScreen db={db} session={sessionOf(STAFF)} />);
    const tiers = await screen.findByRole('form', { name: '价格档' });
    fireEvent.click(within(tiers).getByRole('button', { name: '添加一档助老价' }));
    const added = within(tiers).getByRole('group', { name: '助老价：80 岁起' });
    fireEvent.input(within(added).getByLabelText('午餐价格（元）'), { target: { value: '9.9.9' } });
    fireEvent.click(within(tiers).getByRole('button', { name: '保存价格档' }));
    expect((await within(tiers).findByRole('alert')).textContent).toBe('看不懂这个金额，请写成 9.90 这样。');
    expect(await queued()).toEqual([]);
    fireEvent.input(within(added).getByLabelText('午餐价格（元）'), { target: { value: '10' } });
    fireEvent.input(within(added).getByLabelText('晚餐价格（元）'), { target: { value: '9.5' } });
    fireEvent.click(within(tiers).getByRole('button', { name: '保存价格档' }));
    await vi.waitFor(async () => expect(await queued()).toEqual(['setPriceTiers']));
    const saved = await db.canteen.get('c-chuxin');
    expect(saved?.priceTiers.at(-1)).toEqual({ id: 'elder80', kind: 'elder', minAge: 80, group: null, prices: { lunch: 1000, dinner: 950 } });
  });

  it('adds a dish with tags and allergens, queued like every change', async () => {
    render(<MenuEditorScreen db={db} session={sessionOf(STAFF)} />);
    fireEvent.click(await screen.findByRole('button', { name: '添加菜品' }));
    const form = await screen.findByRole('form', { name: '添加菜品' });
    fireEvent.input(within(form).getByLabelText('菜名'), { target: { value: '清真牛肉面' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: '清真' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: '少油' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: '麸质' }));
    fireEvent.click(within(form).getByRole('button', { name: '保存菜品' }));
    expect(await screen.findByText('清真牛肉面')).toBeTruthy();
    const dish = (await db.dish.where('canteenId').equals('c-chuxin').toArray()).find((d) => d.name === '清真牛肉面');
    expect(dish).toMatchObject({ tags: ['halal', 'lowOil'], allergens: ['gluten'], photoId: null });
    expect(await queued()).toEqual(['saveDish']);
  });

  it('is for the canteen\'s own staff: a resident and staff of another community get no editor', async () => {
    for (const person of [RESIDENT, OTHER_STAFF]) {
      const view = render(<MenuEditorScreen db={db} session={sessionOf(person)} />);
      expect(await screen.findByText('只有本社区食堂的工作人员可以管理菜单。')).toBeTruthy();
      expect(screen.queryByRole('button', { name: '复制上周菜单' })).toBeNull();
      view.unmount();
    }
  });
});

describe('the menu and the editor', () => {
  it('shows residents published meals only and no way in to the editor', async () => {
    render(<MenuScreen db={db} session={sessionOf(RESIDENT)} />);
    expect(await screen.findByRole('article', { name: /11月25日 周三.*午餐/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /11月26日/ })).toBeNull();
    expect(screen.queryByRole('link', { name: '菜单管理' })).toBeNull();
  });

  it('links the canteen\'s staff to 菜单管理, and keeps drafts off their menu too', async () => {
    render(<MenuScreen db={db} session={sessionOf(STAFF)} />);
    expect((await screen.findByRole('link', { name: '菜单管理' })).getAttribute('href')).toBe('/canteen/manage');
    expect(screen.queryByRole('heading', { name: /11月26日/ })).toBeNull();
  });
});
