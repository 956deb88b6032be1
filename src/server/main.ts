import { buildApp } from './app';
import { configFromEnv, startupProblems } from './config';
import { createDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { waitForDatabase } from './db/wait-for-database';
import { isDatabaseUnavailable } from './db/database-unavailable';
import { seedDemo } from './demo/seed';
import { createLocalPokeHub, createPostgresPokeHub } from './sync/poke-hub';
import { SERVICES } from './services';
import { loginPurgeJob } from './auth/purge-job';

/** One line for a failure that is expected now and then (the database restarting), without its stack. */
function describeError(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Starts the server: configure, wait for the database, migrate, seed the demo if asked, listen;
 * stops cleanly on signals. Once it listens, a database restart or failover never ends the process:
 * requests answer 503 meanwhile, and connections, pokes and jobs come back by themselves.
 */
async function main(): Promise<void> {
  const config = configFromEnv(process.env, process.argv.slice(2));
  const problems = startupProblems(config);
  if (problems.length > 0) {
    // refuse before touching the database: this server must not hand out logins as configured
    console.error(`not starting:\n${problems.map((p) => `  - ${p}`).join('\n')}\n(DEMO=1 runs the demo without them)`);
    process.exit(1);
  }
  // errors before the app (and its logger) exists go to stderr
  let log = { warn: (message: string) => console.warn(message) };
  const db = createDatabase(config.databaseUrl, {
    dataDir: config.dataDir,
    onConnectionError: (err) => log.warn(`database connection lost: ${err.message}`),
  });
  await waitForDatabase(db, (message) => log.warn(message));
  await migrateToLatest(db, config.database === 'postgres' ? { schema: 'public' } : {});
  const logger = { level: process.env.LOG_LEVEL ?? 'info' };
  const pokeHub = config.database === 'postgres' && config.databaseUrl
    ? await createPostgresPokeHub(config.databaseUrl, (err) => log.warn(`poke channel: ${describeError(err)}`), {
      onReconnected: () => log.warn('poke channel: listening again; every open stream was poked to catch up'),
    })
    : createLocalPokeHub();
  const app = await buildApp({ db, config, logger, pokeHub });
  log = { warn: (message) => app.log.warn(message) };
  if (config.demo) {
    // idempotent: fills in this week's and next week's menus on every start
    await seedDemo(db, new Date());
    app.log.info('demo mode: demo data seeded; login codes are returned in the reply');
  }
  // the core's and every service's recurring jobs, each on its own timer, each on one instance at a time
  const jobs = [loginPurgeJob, ...Object.values(SERVICES).flatMap((service) => service.jobs ?? [])];
  const stopJobs = jobs.map((job) =>
    job.start({
      db, now: () => new Date(), pokeHub,
      onError: (err) => (isDatabaseUnavailable(err)
        ? app.log.warn(`${job.name} job: ${describeError(err)}; it runs again next round`)
        : app.log.error({ err }, `${job.name} job failed`)),
    }),
  );
  const stop = async (): Promise<void> => {
    for (const stopJob of stopJobs) stopJob();
    await app.close();
    await pokeHub.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ port: config.port, host: config.host });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
