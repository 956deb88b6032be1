/**
 * The event streams (SSE) that tell clients when to pull: how many may be open, and how a stream
 * copes with a reader that does not keep up. A poke carries no data (the client pulls), so pokes
 * that pile up while a socket is congested collapse into one, and a stream still congested at the
 * next heartbeat is closed: its client reconnects and catches up by pulling.
 */
import type { Writable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { POKE_EVENT } from '../../shared/sync/protocol';
import { ApiError } from '../http/api-error';
import type { PokeHub } from './poke-hub';

/** Comment line sent this often so proxies and phones keep an idle stream open. */
export const HEARTBEAT_MS = 25_000;

const POKE = `event: ${POKE_EVENT}\ndata: {}\n\n`;
const HEARTBEAT = ': heartbeat\n\n';

/** Writes pokes and heartbeats to one stream without ever queueing more than one write behind a slow reader. */
export class PokeWriter {
  private congested = false;
  private pokeOwed = false;

  constructor(private readonly out: Writable, private readonly onStuck: () => void) {
    out.on('drain', () => this.drained());
  }

  /** Tells the client to pull; while the socket is congested, remembers that it must. */
  poke(): void {
    if (this.congested) this.pokeOwed = true;
    else this.write(POKE);
  }

  /** Keeps the stream alive; a stream that has not drained since the last one is given up. */
  heartbeat(): void {
    if (this.congested) this.onStuck();
    else this.write(HEARTBEAT);
  }

  private write(text: string): void {
    if (!this.out.writableEnded && !this.out.write(text)) this.congested = true;
  }

  private drained(): void {
    this.congested = false;
    if (!this.pokeOwed) return;
    this.pokeOwed = false;
    this.write(POKE);
  }
}

/** How many streams may be open at once: in total, and per user. */
export interface StreamLimits {
  maxStreams: number;
  maxPerUser: number;
}

/** The open streams of one server, so they can be counted, capped and closed at shutdown. */
export class PokeStreams {
  private readonly byUser = new Map<string, (() => void)[]>();
  private total = 0;

  constructor(private readonly limits: StreamLimits) {}

  /** How many streams are open. */
  get size(): number {
    return this.total;
  }

  /**
   * Turns a request into a stream that says `event: poke` whenever a change commits in one of the
   * communities. Over the total cap it answers 503 SERVER_BUSY; a user over their own cap (tabs,
   * a phone that switched networks and left a dead stream behind) loses their oldest stream.
   */
  open(hub: PokeHub, viewer: { userId: string; communityIds: readonly string[] }, request: FastifyRequest, reply: FastifyReply): void {
    const mine = this.byUser.get(viewer.userId) ?? [];
    if (mine.length >= this.limits.maxPerUser) mine[0]?.();
    if (this.total >= this.limits.maxStreams) {
      reply.header('Retry-After', '60');
      throw new ApiError(503, 'SERVER_BUSY', 'too many open event streams; try again later');
    }
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // nginx would otherwise buffer the stream and hold pokes back
      'X-Accel-Buffering': 'no',
    });
    raw.write('retry: 5000\n: connected\n\n');
    let closed = false;
    const close = (): void => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      unsubscribe();
      this.forget(viewer.userId, close);
      if (!raw.writableEnded) raw.end();
      if (!raw.destroyed) raw.destroy();
    };
    const writer = new PokeWriter(raw, close);
    const unsubscribe = hub.subscribe(viewer.communityIds, () => writer.poke());
    const heartbeat = setInterval(() => writer.heartbeat(), HEARTBEAT_MS);
    this.byUser.set(viewer.userId, [...(this.byUser.get(viewer.userId) ?? []), close]);
    this.total += 1;
    request.raw.on('close', close);
    raw.on('error', close);
  }

  /** Ends every open stream, so the server can shut down without waiting for clients to leave. */
  closeAll(): void {
    for (const streams of [...this.byUser.values()]) for (const close of [...streams]) close();
  }

  private forget(userId: string, close: () => void): void {
    const left = (this.byUser.get(userId) ?? []).filter((c) => c !== close);
    if (left.length > 0) this.byUser.set(userId, left);
    else this.byUser.delete(userId);
    this.total -= 1;
  }
}
