import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation, MutationResult } from '../../src/shared/sync/protocol';
import { createDatabase } from '../../src/server/db/database';
import { occurrences } from './row-counts';
import { startServer, stopServer, type ServerProcess } from './server-process';
import { countPokes, FILERS, helpMutation, login, pushBatch, type PokeCounter, type PushOutcome } from './storm-client';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

const CLIENTS = 4;
const BATCH = 3;
/** What each instance logs when its LISTEN connection is back (src/server/main.ts). */
const LISTENING_AGAIN = 'poke channel: listening again';

/** Load on several instances: phones pushing batches, keeping a refused batch to send again. */
class Load {
  readonly sent: Mutation[] = [];
  readonly acked: Set<string>[];
  readonly unavailable: number[];
  readonly unexpected: PushOutcome[] = [];
  readonly refused: MutationResult[] = [];
  private stopped = false;
  private readonly running: Promise<void>[];

  constructor(private readonly instances: ServerProcess[], private readonly tokens: string[]) {
    this.acked = instances.map(() => new Set());
    this.unavailable = instances.map(() => 0);
    this.running = Array.from({ length: CLIENTS }, (_, i) => this.client(i));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.running);
  }

  private async client(i: number): Promise<void> {
    const at = i % this.instances.length;
    const filer = FILERS[i % FILERS.length]!;
    const token = this.tokens[i % this.tokens.length]!;
    let batch: Mutation[] | null = null;
    while (!this.stopped) {
      if (!batch) {
        batch = Array.from({ length: BATCH }, () => helpMutation(filer.residentId));
        this.sent.push(...batch);
      }
      const outcome = await pushBatch(this.instances[at]!.baseUrl, token, batch);
      if (outcome.kind === 'answered') {
        for (const r of outcome.results) (r.status === 'applied' ? this.acked[at]!.add(r.id) : this.refused.push(r));
        batch = null;
        continue;
      }
      // a phone keeps its queue and tries again later; it would wait Retry-After, the test less
      if (outcome.kind === 'refused' && outcome.status === 503 && outcome.code === 'DATABASE_UNAVAILABLE' && outcome.retryAfter === '5') {
        this.unavailable[at]! += 1;
      } else {
        this.unexpected.push(outcome);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** How many times a server's output says a thing. */
function times(server: ServerProcess, text: string): number {
  return server.output().split(text).length - 1;
}

describe('PostgreSQL restarted under load, with two server instances and open event streams', () => {
  let cluster: ThrowawayPostgres | undefined;
  const servers: ServerProcess[] = [];
  const dirs: string[] = [];
  const streams: PokeCounter[] = [];
  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await Promise.all(servers.map((s) => stopServer(s)));
    cluster?.destroy();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every instance up, answers 503 during the outage, applies the retried pushes once, and pokes again', async () => {
    const url = cluster!.url;
    dirs.push(...[0, 1].map(() => mkdtempSync(join(tmpdir(), 'linlitong-restart-'))));
    // started together on an empty database, as a deployment does: migrations and demo seed take turns
    servers.push(...await Promise.all(dirs.map((dataDir) => startServer({ dataDir, databaseUrl: url }))));
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const tokens = await Promise.all(FILERS.map((f) => login(a.baseUrl, f.phone)));
    // 何军's phone, with the app open on each instance
    streams.push(await countPokes(a.baseUrl, tokens[1]!), await countPokes(b.baseUrl, tokens[1]!));
    const load = new Load(servers, tokens);
    const ackedAt = (i: number): number => load.acked[i]!.size;
    let listenedAgain: number[] = [];
    try {
      await expect.poll(() => Math.min(ackedAt(0), ackedAt(1))).toBeGreaterThanOrEqual(10);

      // a restart in the middle of the load
      await cluster!.restart();
      const afterRestart = [ackedAt(0), ackedAt(1)];
      await expect.poll(() => [ackedAt(0) - afterRestart[0]!, ackedAt(1) - afterRestart[1]!].every((n) => n >= 10), {
        message: 'both instances serve pushes again after the restart (a dead instance never will)',
      }).toBe(true);
      expect(servers.map((s) => s.isAlive())).toEqual([true, true]);
      // the LISTEN connection heals on its own backoff (up to 10 s), later than the pool: wait for
      // it, or the second outage could start while it still waits and it would come back only once
      await expect.poll(() => servers.map((s) => times(s, LISTENING_AGAIN) >= 1), {
        message: 'each instance listens again after the restart',
      }).toEqual([true, true]);
      listenedAgain = servers.map((s) => times(s, LISTENING_AGAIN));

      // a longer outage: both instances answer 503 until the database is back, then serve again
      const before503 = [...load.unavailable];
      await cluster!.stop();
      await expect.poll(() => load.unavailable.every((n, i) => n > before503[i]!)).toBe(true);
      expect(servers.map((s) => s.isAlive())).toEqual([true, true]);
      await cluster!.start();
      const afterStart = [ackedAt(0), ackedAt(1)];
      await expect.poll(() => [ackedAt(0) - afterStart[0]!, ackedAt(1) - afterStart[1]!].every((n) => n >= 10), {
        message: 'both instances serve pushes again once the database is back',
      }).toBe(true);
    } finally {
      await load.stop();
    }
    expect(servers.map((s) => s.isAlive())).toEqual([true, true]);
    expect(load.unexpected).toEqual([]);
    expect(load.refused).toEqual([]);

    // each instance's LISTEN connection came back after both outages, and pokes cross instances again
    await expect.poll(() => servers.map((s, i) => times(s, LISTENING_AGAIN) > listenedAgain[i]!), {
      message: 'each instance listens again after the outage too',
    }).toEqual([true, true]);
    const pokesBefore = streams.map((s) => s.pokes());
    const last = helpMutation(FILERS[0].residentId);
    expect(await pushBatch(a.baseUrl, tokens[0]!, [last])).toMatchObject({ kind: 'answered', results: [{ id: last.id, status: 'applied' }] });
    await expect.poll(() => streams.map((s, i) => s.pokes() > pokesBefore[i]!)).toEqual([true, true]);

    // every mutation is there once: those answered, and those whose batch was retried after a 503
    const db = createDatabase(url);
    try {
      const all = [...load.sent, last];
      const acked = new Set([...load.acked[0]!, ...load.acked[1]!, last.id]);
      expect(all.filter((m) => !acked.has(m.id))).toEqual([]);
      const counts = await occurrences(db, all);
      expect(counts.effects.every((n) => n === 1), 'every effect once').toBe(true);
      expect(counts.journal.every((n) => n === 1), 'every mutation journalled once').toBe(true);
    } finally {
      await db.destroy();
    }
    for (const s of servers) expect(s.output()).not.toMatch(/Unhandled|uncaught/i);
    console.info(`restart: ${load.sent.length} mutations, 503s per instance ${load.unavailable.join('/')}`);
  });
});
