import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import type { ServerConfig } from './config';
import { createLoggingCodeSender, type CodeSender } from './auth/code-sender';
import { registerAuth } from './auth/auth.plugin';
import { registerErrorHandler } from './http/error-handler';
import { registerClientFiles } from './http/client-files';
import { authRoutes } from './routes/auth.routes';
import { healthRoutes } from './routes/health.routes';
import { syncRoutes } from './routes/sync.routes';
import { createLocalPokeHub, type PokeHub } from './sync/poke-hub';
import { closePokeStreams } from './sync/poke-stream';
import { SERVICES } from './services';

/** What the app is built from; tests pass their own clock, code sender and database. */
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
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: config.bodyLimit });
  const codeSender = deps.codeSender ?? createLoggingCodeSender(app.log);

  await app.register(fastifyCookie);
  registerErrorHandler(app);
  registerAuth(app, { db, now });
  app.addHook('onSend', async (request, reply) => {
    // API replies hold personal data and change constantly: never cache them
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });
  app.addHook('preClose', async () => closePokeStreams());

  healthRoutes(app, { database: config.database });
  authRoutes(app, { db, codeSender, now, codeSecret: config.codeSecret, demo: config.demo, secureCookies: config.secureCookies });
  syncRoutes(app, { db, pokeHub, now });
  for (const service of Object.values(SERVICES)) service.routes?.(app, { db, dataDir: config.dataDir, now });

  await registerClientFiles(app, { distDir: config.distDir, dataDir: config.dataDir, now });
  return app;
}
