import { randomUUID } from 'node:crypto';
import type { ApiErrorBody } from '../../src/shared/api-error';
import type { Mutation, MutationResult, PushResponse } from '../../src/shared/sync/protocol';
import { addDays, shanghaiDate } from '../../src/shared/time';

/** Demo people of 农南二社区 who file help requests: 何淑芬 herself, her son, the grid worker. */
export const FILERS = [
  { phone: '13800000021', residentId: 'u-he-shufen' },
  { phone: '13800000022', residentId: 'u-he-shufen' },
  { phone: '13800000025', residentId: 'u-he-shufen' },
] as const;

/** Logs in with the code a demo server returns; the session lives in the database, so it outlives a server restart. */
export async function login(baseUrl: string, phone: string): Promise<string> {
  const sent = await fetch(`${baseUrl}/api/auth/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone }) });
  const { demoCode } = (await sent.json()) as { demoCode?: string };
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone, code: demoCode }),
  });
  if (!res.ok) throw new Error(`login of ${phone} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** A fileHelpRequest for tomorrow with fresh ids: each applied one is one new row in help_requests. */
export function helpMutation(residentId: string): Mutation {
  return {
    id: randomUUID(), name: 'fileHelpRequest', createdAt: new Date().toISOString(),
    args: {
      requestId: randomUUID(), residentId, kindId: 'sk-nongnaner-grocery', date: addDays(shanghaiDate(new Date()), 1),
      fromTime: '09:00', toTime: '11:00', building: '5栋', address: '5栋1单元302', phone: '', note: '买米和菜',
    },
  };
}

/** What a push came back with: the results, or the status and error code of a refused request. */
export type PushOutcome =
  | { kind: 'answered'; results: MutationResult[] }
  | { kind: 'refused'; status: number; code: string | undefined; retryAfter: string | null }
  | { kind: 'unanswered'; error: string };

/** Pushes a batch as a client would and says what happened, never throwing. */
export async function pushBatch(baseUrl: string, token: string, mutations: Mutation[]): Promise<PushOutcome> {
  try {
    const res = await fetch(`${baseUrl}/api/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: `durability-${token.slice(0, 6)}`, mutations }),
    });
    const text = await res.text();
    if (res.ok) return { kind: 'answered', results: (JSON.parse(text) as PushResponse).results };
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as ApiErrorBody).error.code;
    } catch {
      code = undefined;
    }
    return { kind: 'refused', status: res.status, code, retryAfter: res.headers.get('retry-after') };
  } catch (err) {
    return { kind: 'unanswered', error: err instanceof Error ? err.message : String(err) };
  }
}

/** An open event stream that counts the pokes it receives. */
export interface PokeCounter {
  pokes(): number;
  close(): void;
}

/** Opens /api/sync/events as a phone does and counts `event: poke` lines until closed. */
export async function countPokes(baseUrl: string, token: string): Promise<PokeCounter> {
  const controller = new AbortController();
  const res = await fetch(`${baseUrl}/api/sync/events`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  if (!res.ok || !res.body) throw new Error(`event stream refused: ${res.status}`);
  let count = 0;
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    let text = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
        const events = text.split('\n\n');
        text = events.pop() ?? '';
        count += events.filter((e) => e.includes('event: poke')).length;
      }
    } catch {
      // aborted by close()
    }
  })();
  return { pokes: () => count, close: () => controller.abort() };
}
