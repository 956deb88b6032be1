import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import type { RateLimits } from '../config';
import { ApiError } from './api-error';

/** A group of routes limited together, per address. */
interface LimitGroup {
  name: string;
  applies: (method: string, path: string) => boolean;
  perMinute: number;
}

/**
 * Per-address limits (429 RATE_LIMITED with Retry-After) on what an attacker would flood: asking
 * for codes and logging in, pushing, and opening event streams. The check runs in an onRequest
 * hook registered before the session check, so a flood is refused before it costs a query.
 * Behind a proxy, set TRUST_PROXY so the address is the phone's, not the proxy's.
 */
export async function registerRateLimits(app: FastifyInstance, limits: RateLimits): Promise<void> {
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiError(429, 'RATE_LIMITED', `too many requests from this address; try again in ${context.after}`),
  });
  const groups: LimitGroup[] = [
    { name: 'auth', applies: (_m, path) => path.startsWith('/api/auth/'), perMinute: limits.authPerMinute },
    { name: 'push', applies: (m, path) => m === 'POST' && path === '/api/sync/push', perMinute: limits.pushPerMinute },
    { name: 'events', applies: (m, path) => m === 'GET' && path === '/api/sync/events', perMinute: limits.eventsPerMinute },
  ];
  const limiters = groups.map((group) => ({
    ...group,
    check: app.rateLimit({ max: group.perMinute, timeWindow: 60_000, keyGenerator: (request) => `${group.name}:${request.ip}` }),
  }));
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?', 1)[0] ?? '';
    const limiter = limiters.find((l) => l.applies(request.method, path));
    if (limiter) await limiter.check.call(app, request, reply);
  });
}
