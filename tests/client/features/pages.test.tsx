import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { App } from '../../../src/client/app';
import { openAppDb, type AppDb } from '../../../src/client/data/db';
import { setMeta } from '../../../src/client/data/meta';
import { mutate } from '../../../src/client/sync/mutate';
import type { SessionInfo } from '../../../src/shared/auth';
import { appStore } from '../../../src/client/state/app-store';
import { menuChoices } from '../../../src/client/features/canteen/menu-choices';
import { INITIAL_SYNC_STATUS } from '../../../src/client/state/sync-slice';
import { canteen, member, NOW, slot } from './fixtures';
import { event } from '../../shared/events/event-fixtures';
import { KINDS } from './help/help-fixtures';

// Things with a page of their own open straight from their address, as after a reload or a shared link.
let db: AppDb;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
  db = openAppDb(`pages-${crypto.randomUUID()}`);
  appStore.setState({ toasts: [], sync: INITIAL_SYNC_STATUS });
  menuChoices.setState({ selectedCanteenId: null, weekOffset: 0 });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  db.close();
});

/** Logs a stored session in for a member of `communityId`, and opens the app at `path`. */
async function openAt(path: string, communityId: string): Promise<SessionInfo> {
  const me = member({ communityId });
  const session: SessionInfo = { user: { ...me, phone: '13800138000' }, communityIds: [communityId] };
  await db.member.put(me);
  await setMeta(db, 'session', session);
  history.replaceState(null, '', path);
  return session;
}

describe('pages with parameters', () => {
  it('opens one booking at /bookings/:id', async () => {
    const session = await openAt('/', 'lingyun');
    await db.canteen.put(canteen());
    await db.mealSlot.put(slot());
    const bookingId = crypto.randomUUID();
    await mutate(db, session, 'bookMeal', { bookingId, slotId: 's-wed-lunch', dinerId: 'm-li', mode: 'dineIn' }, NOW);
    history.replaceState(null, '', `/bookings/${bookingId}`);
    render(<App db={db} />);
    expect(await screen.findByRole('heading', { name: '11月25日 周三 午餐' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '返回我的预订' }).getAttribute('href')).toBe('/bookings');
  });

  it('opens one event at /events/:id, and says so when this phone does not hold it', async () => {
    await openAt('/events/ev-reading', 'bixiahu');
    await db.event.put(event({ id: 'ev-reading', communityId: 'bixiahu' }));
    render(<App db={db} />);
    const title = await screen.findByRole('link', { name: event().title });
    expect(title.getAttribute('href')).toBe('/events/ev-reading');
    expect(screen.getByRole('link', { name: '返回活动日历' })).toBeTruthy();
    cleanup();

    history.replaceState(null, '', '/events/ev-gone');
    render(<App db={db} />);
    expect(await screen.findByText(/这部手机上没有这个活动/)).toBeTruthy();
  });

  it('keeps the fixed event pages ahead of /events/:id', async () => {
    await openAt('/events/mine', 'bixiahu');
    render(<App db={db} />);
    expect(await screen.findByRole('link', { name: '我的活动', current: 'page' })).toBeTruthy();
  });

  it('opens one request for help at /help/:id', async () => {
    const session = await openAt('/', 'nongnaner');
    await db.serviceKind.bulkPut(KINDS);
    const requestId = crypto.randomUUID();
    await mutate(db, session, 'fileHelpRequest', {
      requestId, residentId: 'm-li', kindId: 'sk-grocery', date: '2026-11-25', fromTime: '15:00', toTime: '16:00',
      building: '5栋', address: '5栋1单元302', phone: '', note: '',
    }, NOW);
    history.replaceState(null, '', `/help/${requestId}`);
    render(<App db={db} />);
    expect((await screen.findByRole('link', { name: '代买菜' })).getAttribute('href')).toBe(`/help/${requestId}`);
    expect(screen.getByRole('link', { name: '返回帮办代办' })).toBeTruthy();
  });
});
