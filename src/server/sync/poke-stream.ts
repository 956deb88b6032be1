import type { FastifyReply, FastifyRequest } from 'fastify';
import { POKE_EVENT } from '../../shared/sync/protocol';
import type { PokeHub } from './poke-hub';

/** Comment line sent this often so proxies and phones keep an idle stream open. */
export const HEARTBEAT_MS = 25_000;

const openStreams = new Set<() => void>();

/**
 * Turns a request into a Server-Sent Events stream that says `event: poke` whenever a change
 * commits in one of the communities. The poke carries no data: the client pulls, so a missed
 * poke costs only latency.
 */
export function openPokeStream(
  hub: PokeHub, communityIds: readonly string[], request: FastifyRequest, reply: FastifyReply,
): void {
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
  const unsubscribe = hub.subscribe(communityIds, () => raw.write(`event: ${POKE_EVENT}\ndata: {}\n\n`));
  const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), HEARTBEAT_MS);
  const close = (): void => {
    clearInterval(heartbeat);
    unsubscribe();
    openStreams.delete(close);
    if (!raw.writableEnded) raw.end();
  };
  openStreams.add(close);
  request.raw.on('close', close);
}

/** Ends every open stream, so the server can shut down without waiting for clients to leave. */
export function closePokeStreams(): void {
  for (const close of [...openStreams]) close();
}
