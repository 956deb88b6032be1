import { vi } from 'vitest';
import type { ApiErrorBody } from '../../src/shared/api-error';
import type { LoginResponse, CodeSentResponse } from '../../src/shared/auth';
import type { Change, PullResponse, PushResponse } from '../../src/shared/sync/protocol';

/** A logged-in API client, used by browser tests to check what reached the server. */
export interface ApiSession {
  token: string;
  login: LoginResponse;
  pullAll(): Promise<Map<string, Change>>;
  push(mutations: { id: string; name: string; args: unknown }[]): Promise<PushResponse>;
}

/** Deadline for a phone's next login code: the server sends one per phone every 30 s. */
export const CODE_RESEND_DEADLINE_MS = 60_000;

/**
 * Asks for a login code and returns it (demo mode shows it). Browser files run one after another
 * and may log in the same demo phone within 30 s of each other; then the server answers
 * CODE_ALREADY_SENT, and this polls (every 2 s, until the deadline) until it sends a new code.
 */
async function demoCodeFor(baseUrl: string, phone: string): Promise<string> {
  return vi.waitFor(async () => {
    const reply = (await (await fetch(`${baseUrl}/api/auth/code`, post({ phone }))).json()) as Partial<CodeSentResponse> & Partial<ApiErrorBody>;
    if (reply.demoCode) return reply.demoCode;
    throw new Error(`no demo code for ${phone} (${reply.error?.code ?? 'no error'}): is the server running with DEMO=1?`);
  }, { timeout: CODE_RESEND_DEADLINE_MS, interval: 2_000 });
}

/** Logs in through the demo flow (the server returns the code in demo mode). */
export async function apiLogin(baseUrl: string, phone: string): Promise<ApiSession> {
  const code = await demoCodeFor(baseUrl, phone);
  const res = await fetch(`${baseUrl}/api/auth/login`, post({ phone, code }));
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
