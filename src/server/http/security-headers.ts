/**
 * Security headers on the app's pages and the small JSON routes: a strict Content-Security-Policy
 * (scripts and styles only from this origin, no inline script, never framed), no referrer, a
 * permissions policy that allows only the camera (ticket scanner) and microphone (spoken help
 * requests) to this origin. The hot sync routes (/api/sync/*) go without: no page is ever made
 * from their JSON, and they are most of the traffic (see `npm run bench:headers`).
 */
import type { FastifyInstance } from 'fastify';
import fastifyHelmet from '@fastify/helmet';

/** The routes that carry sync traffic and get no page headers. */
export function isHotSyncPath(url: string): boolean {
  return url.startsWith('/api/sync/');
}

/** Powerful features the app may use, and only from its own origin; everything else is off. */
export const PERMISSIONS_POLICY = [
  'camera=(self)', 'microphone=(self)', 'fullscreen=(self)', 'geolocation=()', 'payment=()', 'usb=()', 'serial=()',
  'bluetooth=()', 'hid=()', 'midi=()', 'accelerometer=()', 'gyroscope=()', 'magnetometer=()', 'display-capture=()',
  'browsing-topics=()',
].join(', ');

/** The policy's directives; `https` adds upgrade-insecure-requests (over plain http it would break the app). */
export function cspDirectives(https: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
    'media-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** Registers helmet and the permissions policy; call before any route is added. */
export async function registerSecurityHeaders(app: FastifyInstance, opts: { https: boolean }): Promise<void> {
  // runs before helmet's own onRoute hook, which reads the route's `helmet` option
  app.addHook('onRoute', (route) => {
    if (isHotSyncPath(route.url)) route.helmet = false;
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(opts.https) },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    // HSTS only means something over https, and would pin a plain-http demo to https
    strictTransportSecurity: opts.https ? { maxAge: 31_536_000 } : false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!isHotSyncPath(request.url)) reply.header('Permissions-Policy', PERMISSIONS_POLICY);
  });
}
