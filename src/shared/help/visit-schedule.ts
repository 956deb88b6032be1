import * as v from 'valibot';
import { phoneSchema } from '../auth';
import { idSchema, textSchema } from '../validation';
import { isStaffRole } from '../role';
import type { Actor } from '../member';
import { reject, type Rejection } from '../rejection';
import { clockTimeSchema } from './clock-time';
import { addDays, isoWeekday, shanghaiDate } from '../time';

/** The fields staff set on a schedule; the saveVisitSchedule mutation takes exactly these. */
export const visitScheduleFields = {
  residentId: idSchema,
  kindId: idSchema,
  /** 1 = Monday … 7 = Sunday. */
  weekday: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7)),
  fromTime: clockTimeSchema,
  toTime: clockTimeSchema,
  building: v.pipe(textSchema, v.minLength(1), v.maxLength(20)),
  address: v.pipe(textSchema, v.minLength(1), v.maxLength(60)),
  phone: v.union([v.literal(''), phoneSchema]),
  active: v.boolean(),
};

/**
 * A recurring visit (敲门行动) to an elder living alone, e.g. every Tuesday 09:00–11:00. The
 * schedule job turns it into one visit request per week. Private like a contact: staff and the
 * elder's household see it.
 */
export const visitScheduleSchema = v.object({
  id: idSchema,
  communityId: idSchema,
  householdId: v.nullable(idSchema),
  residentName: v.string(),
  ...visitScheduleFields,
});
export type VisitSchedule = v.InferOutput<typeof visitScheduleSchema>;

/** How far ahead the job creates visit requests. */
export const VISIT_WEEKS_AHEAD = 2;

/** Only staff of the community keep visit schedules. */
export function checkSaveVisitSchedule(actor: Actor, communityId: string): Rejection | null {
  if (!isStaffRole(actor.role) || !actor.communityIds.includes(communityId)) {
    return reject('FORBIDDEN', ['residentId'], 'only staff of this community keep visit schedules');
  }
  return null;
}

/** The dates of a schedule's visits from today (Shanghai) through the coming weeks. */
export function visitDates(schedule: Pick<VisitSchedule, 'weekday'>, now: Date, weeks = VISIT_WEEKS_AHEAD): string[] {
  const today = shanghaiDate(now);
  const first = addDays(today, (schedule.weekday - isoWeekday(today) + 7) % 7);
  return Array.from({ length: weeks + 1 }, (_, i) => addDays(first, i * 7)).filter((d) => d <= addDays(today, weeks * 7));
}

/** The deterministic id of one visit: running the job twice finds it and creates nothing. */
export function visitRequestId(scheduleId: string, date: string): string {
  return `visit-${scheduleId}-${date}`;
}
