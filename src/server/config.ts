import { databaseKind, type DatabaseKind } from './db/database';
import { createConsoleCodeSender, createWebhookCodeSender, type CodeSender } from './auth/code-sender';

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
  /** Where the webhook sender posts login codes (an SMS gateway); required outside demo mode. */
  smsWebhookUrl: string | undefined;
  /** Bearer token the webhook sender sends along. */
  smsWebhookToken: string | undefined;
  /**
   * Fastify's trustProxy: which proxies' X-Forwarded-For to believe, so per-address limits see
   * the phone's address and not the proxy's (hops as a number, or addresses/CIDRs).
   */
  trustProxy: boolean | string | ((address: string, hop: number) => boolean);
  /** Requests per minute and address. */
  rateLimits: RateLimits;
  /** Most open event streams in total, and per user (the oldest of a user's is closed). */
  maxEventStreams: number;
  maxEventStreamsPerUser: number;
  /** Security headers (helmet) on the app's pages; off only to measure what they cost. */
  securityHeaders: boolean;
}

/** Per-address limits, per minute: generous, since a 社区 office or a mobile carrier puts many people behind one address. */
export interface RateLimits {
  /** /api/auth/*: asking for codes and logging in. */
  authPerMinute: number;
  /** POST /api/sync/push. */
  pushPerMinute: number;
  /** Opening GET /api/sync/events. */
  eventsPerMinute: number;
}

/** The development key of the login-code HMAC; a server outside demo mode refuses to start with it. */
export const DEV_CODE_SECRET = 'linlitong-dev-code-secret';

/** Reads TRUST_PROXY: unset is false, a number is that many hops, `true` every proxy, else addresses/CIDRs. */
function parseTrustProxy(value: string | undefined): ServerConfig['trustProxy'] {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (!/^\d+$/.test(value)) return value;
  const hops = Number(value);
  return (_address, hop) => hop < hops;
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
    codeSecret: env.CODE_SECRET || DEV_CODE_SECRET,
    bodyLimit: Number(env.BODY_LIMIT ?? DEFAULT_BODY_LIMIT),
    distDir: env.DIST_DIR ?? 'dist',
    smsWebhookUrl: env.SMS_WEBHOOK_URL || undefined,
    smsWebhookToken: env.SMS_WEBHOOK_TOKEN || undefined,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    rateLimits: {
      authPerMinute: Number(env.RATE_LIMIT_AUTH ?? 60),
      pushPerMinute: Number(env.RATE_LIMIT_PUSH ?? 300),
      eventsPerMinute: Number(env.RATE_LIMIT_EVENTS ?? 60),
    },
    maxEventStreams: Number(env.MAX_EVENT_STREAMS ?? 5000),
    maxEventStreamsPerUser: Number(env.MAX_EVENT_STREAMS_PER_USER ?? 6),
    securityHeaders: true,
  };
}

/**
 * Why this configuration must not serve real people, if it must not: outside demo mode, login
 * codes need an SMS gateway (else they would have nowhere to go but a log) and a secret of
 * their own (the default one is public).
 */
export function startupProblems(config: ServerConfig): string[] {
  if (config.demo) return [];
  const problems: string[] = [];
  if (!config.smsWebhookUrl) problems.push('SMS_WEBHOOK_URL is not set: login codes have no way to reach phones (see README, "Plugging in an SMS gateway")');
  if (config.codeSecret === DEV_CODE_SECRET) problems.push('CODE_SECRET is not set: login codes would be keyed with the public development secret');
  return problems;
}

/** The code sender a configuration asks for: the SMS webhook, or in demo mode the console. */
export function codeSenderFromConfig(config: ServerConfig): CodeSender {
  if (config.smsWebhookUrl) return createWebhookCodeSender({ url: config.smsWebhookUrl, token: config.smsWebhookToken });
  if (config.demo) return createConsoleCodeSender();
  throw new Error('no SMS sender: set SMS_WEBHOOK_URL (only demo mode may print codes to the console)');
}
