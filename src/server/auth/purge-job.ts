import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Job } from '../service';
import { CODE_RESEND_SECONDS } from './login-limits';

const HOUR_MS = 60 * 60 * 1000;

/** How many rows one purge removed, by kind. */
export interface PurgeCounts {
  sessions: number;
  codes: number;
  throttles: number;
}

/**
 * Removes what no longer logs anyone in or limits anyone: expired sessions, spent or expired
 * login codes, and throttle rows whose hour and resend gap are both over. The tables would
 * otherwise keep every session and every number ever typed in.
 */
export async function purgeExpiredLogins(db: Kysely<Database>, now: Date): Promise<PurgeCounts> {
  const at = now.toISOString();
  const sessions = await db.deleteFrom('sessions').where('expires_at', '<=', at).executeTakeFirst();
  const codes = await db.deleteFrom('login_codes').where((eb) => eb.or([eb('used', '=', 1), eb('expires_at', '<=', at)])).executeTakeFirst();
  const throttles = await db.deleteFrom('login_throttles')
    .where('window_started_at', '<=', new Date(now.getTime() - HOUR_MS).toISOString())
    .where('last_sent_at', '<=', new Date(now.getTime() - CODE_RESEND_SECONDS * 1000).toISOString())
    .executeTakeFirst();
  return {
    sessions: Number(sessions.numDeletedRows),
    codes: Number(codes.numDeletedRows),
    throttles: Number(throttles.numDeletedRows),
  };
}

/** At start and then every hour: purge expired sessions and spent login codes. */
export const loginPurgeJob: Job = {
  name: 'login-purge',
  start: ({ db, now, onError }) => {
    const run = (): void => {
      purgeExpiredLogins(db, now()).catch(onError);
    };
    run();
    const timer = setInterval(run, HOUR_MS);
    return () => clearInterval(timer);
  },
};
