import type { Kysely } from 'kysely';
import { visitDates, visitRequestId, VISIT_WEEKS_AHEAD } from '../../shared/help/visit-schedule';
import { shanghaiInstant } from '../../shared/time';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/write-transaction';
import { repeatingJob } from '../jobs/job-runner';
import type { PokeHub } from '../sync/poke-hub';
import { findMember } from '../member/member.repository';
import { findActiveVisitScheduleIds, findHelpRequests, findVisitSchedules, insertHelpRequest } from './help.repository';
import { makeHelpRequest } from '../../shared/help/help-contact';
import { recordHelp } from './help-recorder';

/** Who "filed" a visit request: the job, on the office's behalf. */
export const VISIT_JOB_FILER = 'visit-job';

/** How often the server runs the job; it is idempotent, so more often costs only a query. */
export const VISIT_JOB_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Creates the visit requests of every active schedule from today through the coming weeks, one
 * schedule per transaction (a short hold of the write lock each), poking each schedule's
 * community as it commits. Each visit's id is derived from schedule and date, so running the job
 * twice (or after a run broken off by a database restart) creates nothing new; the write lock
 * makes the check-then-insert safe. A visit not done by the end of its window shows as missed
 * (overdueReason 'pastWindow').
 */
export async function runVisitJob(
  db: Kysely<Database>, now: Date, weeks = VISIT_WEEKS_AHEAD, pokeHub?: PokeHub,
): Promise<{ created: string[]; communityIds: string[] }> {
  const created: string[] = [];
  const communityIds = new Set<string>();
  for (const scheduleId of await findActiveVisitScheduleIds(db)) {
    const outcome = await writeTransaction(db, async (trx, record) => {
      const [s] = await findVisitSchedules(trx, [scheduleId]);
      // read again under the lock: staff may have stopped the schedule meanwhile
      if (!s?.active) return;
      const resident = await findMember(trx, s.residentId);
      if (!resident) return;
      for (const date of visitDates(s, now, weeks)) {
        // a window already over today is not created after the fact
        if (shanghaiInstant(date, s.toTime).getTime() <= now.getTime()) continue;
        const id = visitRequestId(s.id, date);
        if ((await findHelpRequests(trx, [id])).length > 0) continue;
        const { request, contact } = makeHelpRequest(
          { requestId: id, kindId: s.kindId, date, fromTime: s.fromTime, toTime: s.toTime, building: s.building, address: s.address, phone: s.phone, note: '' },
          resident, VISIT_JOB_FILER, now.toISOString(), s.id,
        );
        await insertHelpRequest(trx, request, contact);
        await recordHelp(trx, record, request, contact);
        created.push(id);
      }
    });
    pokeHub?.poke(outcome.communityIds);
    for (const id of outcome.communityIds) communityIds.add(id);
  }
  return { created, communityIds: [...communityIds] };
}

/** Now and then every hour, on one instance: the visits of the coming weeks. */
export const visitJob = repeatingJob({
  name: 'visit',
  everyMs: VISIT_JOB_INTERVAL_MS,
  runAtStart: true,
  run: async ({ db, now, pokeHub }) => {
    await runVisitJob(db, now(), VISIT_WEEKS_AHEAD, pokeHub);
  },
});
