import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/write-transaction';
import type { PokeHub } from '../sync/poke-hub';
import { repeatingJob } from '../jobs/job-runner';
import { findEventIdsWithLapsedOffers, findEvents } from './event.repository';
import { settleEvent } from './event-changes';

/**
 * Passes on every offer whose window has passed: each such event is settled in its own locked
 * transaction (the offer lapses, the next waiting party is promoted) and its community poked.
 * Runs every minute (offerJob), and lazily inside each sign-up mutation of an event.
 */
export async function passOnLapsedOffers(db: Kysely<Database>, now: Date, pokeHub?: PokeHub): Promise<number> {
  const eventIds = await findEventIdsWithLapsedOffers(db, now);
  for (const id of eventIds) {
    const { communityIds } = await writeTransaction(db, async (trx, record) => {
      const [event] = await findEvents(trx, [id]);
      if (event) await settleEvent(trx, record, event, now);
    });
    pokeHub?.poke(communityIds);
  }
  return eventIds.length;
}

/** Every minute, on one instance: offered waiting-list places whose window passed go to the next family. */
export const offerJob = repeatingJob({
  name: 'offer',
  everyMs: 60_000,
  run: async ({ db, now, pokeHub }) => {
    await passOnLapsedOffers(db, now(), pokeHub);
  },
});
