import type { Kysely } from 'kysely';
import { visitDates, visitRequestId, VISIT_WEEKS_AHEAD } from '../../shared/help/visit-schedule';
import { shanghaiInstant } from '../../shared/time';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/write-transaction';
import type { Job } from '../service';
import { findMember } from '../member/member.repository';
import { findActiveVisitScheduleIds, findHelpRequests, findVisitSchedules, insertHelpRequest } from './help.repository';
import { makeHelpRequest } from '../../shared/help/help-contact';
import { recordHelp } from './help-recorder';

/** Who "filed" a visit request: the job, on the office's behalf. */
export const VISIT_JOB_FILER = 'visit-job';

/** How often the server runs the job; it is idempotent, so more often costs only a query. */
export const VISIT_JOB_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Creates the visit requests of every active schedule from today through the coming weeks.
 * Each visit's id is derived from schedule and date, so running the job twice (or on two server
 * instances) creates nothing new; the write lock makes the check-then-insert safe. A visit not
 * done by the end of its window shows as missed (overdueReason 'pastWindow').
 */
export async function runVisitJob(db: Kysely<Database>, now: Date, weeks = VISIT_WEEKS_AHEAD): Promise<{ created: string[]; communityIds: string[] }> {
  const { value, communityIds } = await writeTransaction(db, async (trx, record) => {
    const created: string[] = [];
    const schedules = await findVisitSchedules(trx, await findActiveVisitScheduleIds(trx));
    for (const s of schedules) {
      const resident = await findMember(trx, s.residentId);
      if (!resident) continue;
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
    }
    return created;
  });
  return { created: value, communityIds };
}

/**
 * Runs the job now and then every hour until stopped; pokes the communities that got visits.
 * A failed run is logged and retried at the next tick.
 */
export const visitJob: Job = {
  name: 'visit',
  start: ({ db, now, pokeHub, onError }) => {
    const tick = (): void => {
      runVisitJob(db, now()).then(({ communityIds }) => pokeHub.poke(communityIds), onError);
    };
    tick();
    const timer = setInterval(tick, VISIT_JOB_INTERVAL_MS);
    return () => clearInterval(timer);
  },
};
