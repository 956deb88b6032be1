import { databaseKind, type DatabaseKind } from './db/database';

/** Everything the server reads from its environment. */
export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  database: DatabaseKind;
  /** Demo mode: demo data is seeded and login codes are shown in the reply. */
  demo: boolean;
  /** Set the Secure flag on the session cookie (when served over https). */
  secureCookies: boolean;
  /** Key of the login-code HMAC; instances sharing a database must share it. */
  codeSecret: string;
  /** Largest request body in bytes. */
  bodyLimit: number;
  /** Built client to serve, if it exists. */
  distDir: string;
}

/** Default largest request body: a full push batch fits easily. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/** Reads the configuration from environment variables and command-line flags. */
export function configFromEnv(env: NodeJS.ProcessEnv, argv: readonly string[]): ServerConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? '0.0.0.0',
    dataDir: env.DATA_DIR ?? './data',
    databaseUrl,
    database: databaseKind(databaseUrl),
    demo: env.DEMO === '1' || argv.includes('--demo'),
    secureCookies: env.SECURE_COOKIES === '1',
    codeSecret: env.CODE_SECRET ?? 'linlitong-dev-code-secret',
    bodyLimit: Number(env.BODY_LIMIT ?? DEFAULT_BODY_LIMIT),
    distDir: env.DIST_DIR ?? 'dist',
  };
}
