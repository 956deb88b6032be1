import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Mutation, MutationResult } from '../../src/shared/sync/protocol';
import { createDatabase } from '../../src/server/db/database';
import { occurrences } from './row-counts';
import { startServer, stopServer, type ServerProcess } from './server-process';
import { FILERS, helpMutation, login, pushBatch } from './storm-client';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

const CLIENTS = 6;
const BATCH = 5;
/** Acknowledged mutations before the kill: enough that many pushes were under way around it. */
const ACKED_BEFORE_KILL = 60;

describe.each(['sqlite', 'postgres'] as const)('the server SIGKILLed during a push storm on %s', (kind) => {
  let cluster: ThrowawayPostgres | undefined;
  let server: ServerProcess | undefined;
  let dataDir = '';
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'linlitong-kill-'));
    if (kind === 'postgres') cluster = await startThrowawayPostgres();
  });
  afterAll(async () => {
    await stopServer(server);
    cluster?.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged mutation exactly once after a restart, and applies none of the resent ones twice', async () => {
    const first = await startServer({ dataDir, databaseUrl: cluster?.url });
    server = first;
    const tokens = await Promise.all(FILERS.map((f) => login(first.baseUrl, f.phone)));
    const sent: { mutation: Mutation; token: string }[] = [];
    const acked = new Set<string>();
    const refused: MutationResult[] = [];
    let inFlight = 0;
    let stopped = false;
    /** One phone pushing batch after batch until the server stops answering. */
    const client = async (i: number): Promise<void> => {
      const filer = FILERS[i % FILERS.length]!;
      const token = tokens[i % tokens.length]!;
      while (!stopped) {
        const batch = Array.from({ length: BATCH }, () => helpMutation(filer.residentId));
        for (const mutation of batch) sent.push({ mutation, token });
        inFlight += 1;
        const outcome = await pushBatch(first.baseUrl, token, batch);
        inFlight -= 1;
        if (outcome.kind !== 'answered') return;
        for (const r of outcome.results) (r.status === 'applied' ? acked.add(r.id) : refused.push(r));
      }
    };
    const clients = Array.from({ length: CLIENTS }, (_, i) => client(i));
    // the kill comes while pushes are on the wire, once enough have been acknowledged
    await vi.waitFor(() => {
      if (acked.size < ACKED_BEFORE_KILL || inFlight === 0) throw new Error(`${acked.size} acknowledged, ${inFlight} pushes under way`);
      first.child.kill('SIGKILL');
    }, { timeout: 120_000, interval: 2 });
    stopped = true;
    expect(await first.exited).toBe('SIGKILL');
    await Promise.all(clients);
    expect(refused).toEqual([]);
    console.info(`${kind}: ${sent.length} mutations sent, ${acked.size} acknowledged before the SIGKILL`);

    const again = await startServer({ dataDir, databaseUrl: cluster?.url, port: Number(new URL(first.baseUrl).port) });
    server = again;
    const db = createDatabase(cluster?.url, { dataDir });
    try {
      // every mutation the server acknowledged before it died is there, once
      const acknowledged = sent.filter((s) => acked.has(s.mutation.id)).map((s) => s.mutation);
      expect(acknowledged).toHaveLength(acked.size);
      const before = await occurrences(db, acknowledged);
      expect(before.effects.every((n) => n === 1), 'acknowledged effects present once').toBe(true);
      expect(before.journal.every((n) => n === 1), 'acknowledged mutations journalled once').toBe(true);

      // each phone resends its whole queue: the unanswered and, as if their answers were lost, the acknowledged
      const results: MutationResult[] = [];
      for (const token of tokens) {
        const queue = sent.filter((s) => s.token === token).map((s) => s.mutation);
        for (let i = 0; i < queue.length; i += 20) {
          const outcome = await pushBatch(again.baseUrl, token, queue.slice(i, i + 20));
          if (outcome.kind !== 'answered') throw new Error(`resend failed: ${JSON.stringify(outcome)}`);
          results.push(...outcome.results);
        }
      }
      expect(results).toHaveLength(sent.length);
      expect(results.filter((r) => r.status !== 'applied')).toEqual([]);
      const after = await occurrences(db, sent.map((s) => s.mutation));
      expect(after.effects.every((n) => n === 1), 'every effect once after the resend').toBe(true);
      expect(after.journal.every((n) => n === 1), 'every mutation journalled once after the resend').toBe(true);
    } finally {
      await db.destroy();
    }
  });
});
