import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { LoginResponse } from '../../../src/shared/auth';
import type { ApiErrorBody } from '../../../src/shared/api-error';
import type { Change, Mutation, MutationResult } from '../../../src/shared/sync/protocol';
import type { TestApp } from '../test-database';
import { push } from '../fixtures';

/** A fresh card token as the printing phone makes it, and the hash it sends. */
export function cardToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: createHash('sha256').update(token).digest('hex') };
}

/** A mutation with a fresh id. */
export function mutation(name: string, args: unknown): Mutation {
  return { id: randomUUID(), name, args, createdAt: new Date().toISOString() };
}

/** Pushes one mutation and returns its result. */
export async function pushOne(t: TestApp, token: string, name: string, args: unknown): Promise<MutationResult> {
  const result = (await push(t, token, [mutation(name, args)])).results[0];
  if (!result) throw new Error('no result');
  return result;
}

/** What a result came to: applied, or the rejection code. */
export function outcome(result: MutationResult): string {
  return result.status === 'applied' ? 'applied' : result.code;
}

/** Staff issue a card for a person; returns its id and token (failing loudly if refused). */
export async function issueCard(t: TestApp, staffToken: string, memberId: string): Promise<{ cardId: string; token: string }> {
  const { token, tokenHash } = cardToken();
  const cardId = randomUUID();
  const result = await pushOne(t, staffToken, 'issueServiceCard', { cardId, memberId, tokenHash });
  if (result.status !== 'applied') throw new Error(`issueServiceCard was refused: ${JSON.stringify(result)}`);
  return { cardId, token };
}

/** Scans a card: POST /api/auth/card from a phone's address and browser. */
export async function scanCard(t: TestApp, token: string, device = 'Mozilla/5.0 (Linux; Android 10) Chrome/120') {
  const res = await t.app.inject({
    method: 'POST', url: '/api/auth/card', payload: { token }, headers: { 'user-agent': device }, remoteAddress: '10.9.9.9',
  });
  return {
    status: res.statusCode,
    login: res.statusCode === 200 ? res.json<LoginResponse>() : null,
    error: res.statusCode === 200 ? null : res.json<ApiErrorBody>().error,
    cookie: res.headers['set-cookie'],
  };
}

/** The rows of one entity that a pull put on the phone. */
export function putRows<T>(changes: readonly Change[], entity: string): T[] {
  return changes.flatMap((c) => (c.entity === entity && c.op === 'put' ? [c.row as T] : []));
}
