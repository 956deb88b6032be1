import { buildApp } from './app';
import { configFromEnv, startupProblems } from './config';
import { createDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { seedDemo } from './demo/seed';
import { createLocalPokeHub, createPostgresPokeHub } from './sync/poke-hub';
import { SERVICES } from './services';
import { loginPurgeJob } from './auth/purge-job';

/** Starts the server: configure, migrate, seed the demo if asked, listen; stops cleanly on signals. */
async function main(): Promise<void> {
  const config = configFromEnv(process.env, process.argv.slice(2));
  const problems = startupProblems(config);
  if (problems.length > 0) {
    // refuse before touching the database: this server must not hand out logins as configured
    console.error(`not starting:\n${problems.map((p) => `  - ${p}`).join('\n')}\n(DEMO=1 runs the demo without them)`);
    process.exit(1);
  }
  const db = createDatabase(config.databaseUrl, { dataDir: config.dataDir });
  await migrateToLatest(db, config.database === 'postgres' ? { schema: 'public' } : {});
  const logger = { level: process.env.LOG_LEVEL ?? 'info' };
  // the hub needs the app's logger, so errors before the app exists go to stderr
  const pokeHub = config.database === 'postgres' && config.databaseUrl
    ? await createPostgresPokeHub(config.databaseUrl, (err) => console.error('poke channel error', err))
    : createLocalPokeHub();
  const app = await buildApp({ db, config, logger, pokeHub });
  if (config.demo) {
    // idempotent: fills in this week's and next week's menus on every start
    await seedDemo(db, new Date());
    app.log.info('demo mode: demo data seeded; login codes are returned in the reply');
  }
  // the core's and every service's recurring jobs, each on its own timer
  const jobs = [loginPurgeJob, ...Object.values(SERVICES).flatMap((service) => service.jobs ?? [])];
  const stopJobs = jobs.map((job) =>
    job.start({ db, now: () => new Date(), pokeHub, onError: (err) => app.log.error({ err }, `${job.name} job failed`) }),
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
