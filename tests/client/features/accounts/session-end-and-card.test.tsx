import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { App } from '../../../../src/client/app';
import { openAppDb, type AppDb } from '../../../../src/client/data/db';
import { getMeta, setMeta } from '../../../../src/client/data/meta';
import { appStore } from '../../../../src/client/state/app-store';
import { INITIAL_SYNC_STATUS } from '../../../../src/client/state/sync-slice';
import type { LoginResponse } from '../../../../src/shared/auth';
import { member } from '../fixtures';

let db: AppDb;
const TOKEN = 'A'.repeat(43);
const ME = member();
const ELDER = member({ id: 'm-wu', name: '吴德福', householdId: 'h-wu', birthDate: '1938-12-01' });

/**
 * A server that answers every request with one JSON reply (pulls with nothing, and /api/me with
 * whom the phone's session belongs to, if given), recording what it was asked.
 */
function serve(status: number, body: unknown, me?: unknown) {
  const calls: { path: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ path: String(input), body: init?.body ? JSON.parse(String(init.body)) : null });
    if (me && String(input) === '/api/me') return Response.json(me);
    // once logged in, the sync engine pulls: an empty community
    if (status === 200 && String(input).startsWith('/api/sync/pull')) return Response.json({ cursor: '1.k', hasMore: false, changes: [] });
    return Response.json(body, { status });
  }));
  return calls;
}

const ended = (reason: string) => ({ error: { code: 'UNAUTHENTICATED', message: 'this session has ended', fields: [], reason } });

beforeEach(() => {
  history.replaceState(null, '', '/');
  db = openAppDb(`accounts-${crypto.randomUUID()}`);
  appStore.setState({ toasts: [], sync: INITIAL_SYNC_STATUS });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  db.close();
});

/** A phone on which ME is logged in, with one booking queued and not yet sent. */
async function loggedInWithQueue(): Promise<void> {
  await setMeta(db, 'session', { user: { ...ME, phone: '13800138000' }, communityIds: ['lingyun'] });
  await setMeta(db, 'ownerId', ME.id);
  await db.outbox.add({
    id: crypto.randomUUID(), name: 'bookMeal', args: { bookingId: crypto.randomUUID(), slotId: 's1', dinerId: ME.id, mode: 'dineIn' },
    createdAt: new Date().toISOString(), state: 'pending', touched: [],
  });
}

describe('a session the server ended', () => {
  it.each([
    ['endedByStaff', '社区工作人员让这部手机退出了登录'],
    ['endedByUser', '您在另一部手机上让这部手机退出了登录'],
    ['loginRevoked', '您登录用的服务卡已被社区停用'],
  ])('sends the phone to the login screen saying why (%s), and that queued work is kept', async (reason, words) => {
    await loggedInWithQueue();
    serve(401, ended(reason));
    render(<App db={db} />);
    expect(await screen.findByRole('heading', { name: '登录邻里通' })).toBeTruthy();
    expect(await screen.findByText(new RegExp(words))).toBeTruthy();
    expect(screen.getByText(/还没送到社区的操作都还在这部手机上/)).toBeTruthy();
    expect(await db.outbox.count()).toBe(1);
  });

  it('clears everything on a phone whose person deleted their data, from it or another phone', async () => {
    await loggedInWithQueue();
    await db.member.put(ME);
    serve(401, ended('dataDeleted'));
    render(<App db={db} />);
    expect(await screen.findByText('您的个人信息已经删除，这部手机上的也已清除。')).toBeTruthy();
    expect(screen.queryByText(/还没送到社区的操作都还在/)).toBeNull();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.member.count()).toBe(0);
    expect(await getMeta(db, 'ownerId')).toBeUndefined();
  });

  it('says nothing more than "log in" for a reason it does not know', async () => {
    await loggedInWithQueue();
    serve(401, ended('somethingNew'));
    render(<App db={db} />);
    expect(await screen.findByRole('heading', { name: '登录邻里通' })).toBeTruthy();
    await vi.waitFor(async () => expect(await getMeta(db, 'sessionEnd')).toMatchObject({ reason: 'somethingNew' }));
    expect(screen.queryByText(/退出了登录|停用/)).toBeNull();
  });
});

describe('the page a service card opens', () => {
  const reply: LoginResponse = { user: { ...ELDER, phone: null }, communityIds: ['lingyun'], token: 't' };

  it('logs a phone with no one logged in straight in, and drops the token from the address', async () => {
    history.replaceState(null, '', `/card#${TOKEN}`);
    const calls = serve(200, reply);
    await setMeta(db, 'sessionEnd', { reason: 'loginRevoked', at: new Date().toISOString() });
    render(<App db={db} />);
    expect(await screen.findByRole('heading', { name: '本周菜单' })).toBeTruthy();
    expect(calls.filter((c) => c.path === '/api/auth/card')).toEqual([{ path: '/api/auth/card', body: { token: TOKEN } }]);
    expect(location.pathname + location.hash).toBe('/');
    expect(screen.getByText('吴德福')).toBeTruthy();
    expect((await getMeta(db, 'session'))?.user.id).toBe(ELDER.id);
    // a new login forgets why the last session ended
    expect(await getMeta(db, 'sessionEnd')).toBeUndefined();
  });

  it.each([
    ['used', '这张服务卡已经用过了'],
    ['expired', '这张服务卡已经过期了'],
    ['revoked', '这张服务卡已经被社区停用了'],
    ['unknown', '没有找到这张服务卡'],
  ])('says in words why a card did not log in (%s), with a way to log in by phone', async (reason, words) => {
    history.replaceState(null, '', `/card#${TOKEN}`);
    serve(400, { error: { code: 'CARD_INVALID', message: 'no', fields: [], reason } });
    render(<App db={db} />);
    expect((await screen.findByRole('alert')).textContent).toContain(words);
    expect(screen.getByRole('link', { name: '用手机号码登录' })).toBeTruthy();
    expect(await getMeta(db, 'session')).toBeUndefined();
  });

  it('asks first when someone else is logged in on the phone, and changes nothing if told not to', async () => {
    await loggedInWithQueue();
    history.replaceState(null, '', `/card#${TOKEN}`);
    const calls = serve(200, reply, { user: { ...ME, phone: '13800138000' }, communityIds: ['lingyun'] });
    render(<App db={db} />);
    expect(await screen.findByText(/这部手机现在登录的是 李建国/)).toBeTruthy();
    expect(calls.filter((c) => c.path === '/api/auth/card')).toEqual([]);
    // the screen shows once the shell knows whether a refusal banner goes above it
    fireEvent.click(await screen.findByRole('button', { name: '不用了' }));
    expect(await screen.findByRole('heading', { name: '本周菜单' })).toBeTruthy();
    expect(calls.filter((c) => c.path === '/api/auth/card')).toEqual([]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('switches to the card’s holder when asked, clearing the other person’s data', async () => {
    await loggedInWithQueue();
    history.replaceState(null, '', `/card#${TOKEN}`);
    serve(200, reply);
    render(<App db={db} />);
    fireEvent.click(await screen.findByRole('button', { name: '用服务卡登录' }));
    expect(await screen.findByRole('heading', { name: '本周菜单' })).toBeTruthy();
    expect((await getMeta(db, 'session'))?.user.id).toBe(ELDER.id);
    expect(await db.outbox.count()).toBe(0);
  });
});
