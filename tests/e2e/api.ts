import type { LoginResponse, CodeSentResponse } from '../../src/shared/auth';
import type { Change, PullResponse, PushResponse } from '../../src/shared/sync/protocol';

/** A logged-in API client, used by browser tests to check what reached the server. */
export interface ApiSession {
  token: string;
  login: LoginResponse;
  pullAll(): Promise<Map<string, Change>>;
  push(mutations: { id: string; name: string; args: unknown }[]): Promise<PushResponse>;
}

/** Logs in through the demo flow (the server returns the code in demo mode). */
export async function apiLogin(baseUrl: string, phone: string): Promise<ApiSession> {
  const sent = (await (await fetch(`${baseUrl}/api/auth/code`, post({ phone }))).json()) as CodeSentResponse;
  if (!sent.demoCode) throw new Error('the server did not return a demo code: is it running with DEMO=1?');
  const res = await fetch(`${baseUrl}/api/auth/login`, post({ phone, code: sent.demoCode }));
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const login = (await res.json()) as LoginResponse;
  const auth = { authorization: `Bearer ${login.token}` };
  return {
    token: login.token,
    login,
    async pullAll() {
      const rows = new Map<string, Change>();
      let cursor = '0';
      for (;;) {
        const page = (await (await fetch(`${baseUrl}/api/sync/pull?cursor=${cursor}`, { headers: auth })).json()) as PullResponse;
        for (const change of page.changes) rows.set(`${change.entity}:${change.id}`, change);
        cursor = page.cursor;
        if (!page.hasMore) return rows;
      }
    },
    async push(mutations) {
      const body = {
        clientId: 'e2e-checker',
        mutations: mutations.map((m) => ({ ...m, createdAt: new Date().toISOString() })),
      };
      const r = await fetch(`${baseUrl}/api/sync/push`, { ...post(body), headers: { ...auth, 'content-type': 'application/json' } });
      return (await r.json()) as PushResponse;
    },
  };
}

function post(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** The rows of one entity in a pull result. */
export function rowsOf<T>(rows: Map<string, Change>, entity: Change['entity']): T[] {
  return [...rows.values()].filter((c) => c.entity === entity && c.op === 'put').map((c) => (c as { row: T }).row);
}
