/**
 * 朗读 where the issue asks for it: the menu's days (week-menu.test), an event's page, a request's
 * page and every refusal (meal card, 我的预订, the banner). Each reads the screen's own words, in
 * the page's language, through a fake speechSynthesis.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { App } from '../../../src/client/app';
import { openAppDb, type AppDb } from '../../../src/client/data/db';
import { setMeta } from '../../../src/client/data/meta';
import { BookingList } from '../../../src/client/features/canteen/booking-list';
import { MealCard } from '../../../src/client/features/canteen/meal-card';
import { RejectionList } from '../../../src/client/features/rejections/rejection-list';
import { menuChoices } from '../../../src/client/features/canteen/menu-choices';
import { appStore } from '../../../src/client/state/app-store';
import { INITIAL_SYNC_STATUS } from '../../../src/client/state/sync-slice';
import { mutate } from '../../../src/client/sync/mutate';
import { switchLanguage } from '../../../src/client/i18n/t';
import type { SessionInfo } from '../../../src/shared/auth';
import { event } from '../../shared/events/event-fixtures';
import { installFakeSpeech, type Spoken } from '../fake-speech';
import { canteen, DISHES, member, NOW, slot } from './fixtures';
import { KINDS } from './help/help-fixtures';

let db: AppDb;
let spoken: Spoken[];

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
  spoken = installFakeSpeech();
  document.documentElement.lang = 'zh-CN';
  db = openAppDb(`read-aloud-${crypto.randomUUID()}`);
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

describe('朗读', () => {
  it('reads an event\'s page: title, time, place, places left and deadline', async () => {
    await openAt('/events/ev-art', 'bixiahu');
    await db.event.put(event({ placesTaken: 26 }));
    render(<App db={db} />);
    fireEvent.click(await screen.findByRole('button', { name: '朗读' }));
    expect(spoken).toEqual([{
      text: '艺术疗愈课。11月28日 周六 09:30–11:00。地点：碧霞湖社区党群服务中心。剩余 4 个名额。11月27日 周五 18:00 截止报名。',
      lang: 'zh-CN',
    }]);
  });

  it('reads a request\'s page: what, when, where, its step, and that it waits on the phone', async () => {
    const session = await openAt('/', 'nongnaner');
    await db.serviceKind.bulkPut(KINDS);
    const requestId = crypto.randomUUID();
    await mutate(db, session, 'fileHelpRequest', {
      requestId, residentId: 'm-li', kindId: 'sk-grocery', date: '2026-11-25', fromTime: '15:00', toTime: '16:00',
      building: '5栋', address: '5栋1单元302', phone: '', note: '',
    }, NOW);
    history.replaceState(null, '', `/help/${requestId}`);
    render(<App db={db} />);
    fireEvent.click(await screen.findByRole('button', { name: '朗读' }));
    expect(spoken).toEqual([{ text: '代买菜。11月25日 周三 15:00–16:00。5栋。已提交。已存在手机上，还没送到社区。', lang: 'zh-CN' }]);
  });

  it('reads a refusal on its meal card, in the card\'s words', () => {
    render(
      <MealCard slot={slot()} canteen={canteen()} dishes={DISHES} viewer={member()} bookings={[]} canBookMore now={NOW}
        refusals={[{ id: 'mut-1', dinerName: '王秀英', reason: '这一餐已经订满了，没能为您预订。' }]} onBook={vi.fn()} onCancel={vi.fn()} />,
    );
    const refusal = screen.getByText(/没订上/).closest('li')!;
    fireEvent.click(within(refusal).getByRole('button', { name: '朗读' }));
    expect(spoken).toEqual([{ text: '没订上（王秀英）：这一餐已经订满了，没能为您预订。', lang: 'zh-CN' }]);
  });

  it('reads a refusal on 我的预订', () => {
    render(<BookingList rows={[]} onCancel={vi.fn()}
      refused={[{ id: 'mut-1', date: '2026-11-27', meal: 'lunch', canteenName: '初心食堂', dinerName: '王秀英', reason: '已经过了截止时间，没能办成。' }]} />);
    fireEvent.click(screen.getByRole('button', { name: '朗读' }));
    expect(spoken).toEqual([{ text: '没订上（王秀英）：已经过了截止时间，没能办成。', lang: 'zh-CN' }]);
  });

  it('reads each refusal of the banner on its own', () => {
    render(<RejectionList onDismiss={vi.fn()} items={[
      { id: 'mut-1', code: 'SLOT_FULL', action: 'bookMeal', context: '11月27日 周五 午餐' },
      { id: 'mut-2', code: 'PAST_CUTOFF', action: 'cancelBooking', context: null },
    ]} />);
    fireEvent.click(screen.getAllByRole('button', { name: '朗读' })[1]!);
    expect(spoken).toEqual([{ text: '取消预订：已经过了截止时间，没能办成。', lang: 'zh-CN' }]);
  });

  it('speaks the language the app is in', async () => {
    await switchLanguage('en');
    render(<BookingList rows={[]} onCancel={vi.fn()}
      refused={[{ id: 'mut-1', date: null, meal: null, canteenName: '', dinerName: '王秀英', reason: '已经过了截止时间，没能办成。' }]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(spoken.map((s) => s.lang)).toEqual(['en']);
    await switchLanguage('zh-CN');
  });
});
