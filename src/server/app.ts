import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import { codeSenderFromConfig, type ServerConfig } from './config';
import type { CodeSender } from './auth/code-sender';
import { registerAuth } from './auth/auth.plugin';
import { badUrlHandler, rawClientErrorHandler, registerErrorHandler } from './http/error-handler';
import { registerClientFiles } from './http/client-files';
import { authRoutes } from './routes/auth.routes';
import { healthRoutes } from './routes/health.routes';
import { syncRoutes } from './routes/sync.routes';
import { sessionRoutes } from './routes/session.routes';
import { createLocalPokeHub, type PokeHub } from './sync/poke-hub';
import { PokeStreams } from './sync/poke-stream';
import { registerRateLimits } from './http/rate-limits';
import { registerSecurityHeaders } from './http/security-headers';
import { SERVICES } from './services';
import { personalData } from './member/personal-data';

/** What the app is built from; tests pass their own clock, code sender and database (else the config's sender). */
export interface AppDeps {
  db: Kysely<Database>;
  config: ServerConfig;
  codeSender?: CodeSender;
  logger?: FastifyServerOptions['logger'];
  /** The clock every rule runs on (cut-offs, code expiry); tests move it. */
  now?: () => Date;
  pokeHub?: PokeHub;
}

/** Builds the Fastify app: cookie, error handler, auth, the core's routes and each service's, then the built client (see client-files). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { db, config } = deps;
  const now = deps.now ?? (() => new Date());
  const pokeHub = deps.pokeHub ?? createLocalPokeHub();
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    frameworkErrors: badUrlHandler,
    clientErrorHandler: rawClientErrorHandler,
  });
  const codeSender = deps.codeSender ?? codeSenderFromConfig(config);

  // bodies are JSON only: a text/plain POST is one a foreign page may send without asking (CSRF)
  app.removeContentTypeParser('text/plain');
  await app.register(fastifyCookie);
  if (config.securityHeaders) await registerSecurityHeaders(app, { https: config.secureCookies });
  registerErrorHandler(app);
  // limits first: a flood is refused before the session check costs a query
  await registerRateLimits(app, config.rateLimits);
  const services = Object.values(SERVICES);
  registerAuth(app, { db, now, publicPaths: services.flatMap((service) => service.publicPaths ?? []), secureCookies: config.secureCookies });
  app.addHook('onSend', async (request, reply) => {
    // API replies hold personal data and change constantly: never cache them
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });
  const pokeStreams = new PokeStreams({ maxStreams: config.maxEventStreams, maxPerUser: config.maxEventStreamsPerUser });
  app.addHook('preClose', async () => pokeStreams.closeAll());

  healthRoutes(app, { database: config.database });
  authRoutes(app, { db, codeSender, now, codeSecret: config.codeSecret, demo: config.demo, secureCookies: config.secureCookies });
  syncRoutes(app, { db, pokeHub, now, pokeStreams });
  sessionRoutes(app, { db, now });
  for (const service of services) service.routes?.(app, { db, dataDir: config.dataDir, now, pokeHub, secureCookies: config.secureCookies, personalData });

  await registerClientFiles(app, { distDir: config.distDir, dataDir: config.dataDir, now });
  return app;
}
