import * as v from 'valibot';
import { dateSchema, idSchema, multiLineTextSchema, textSchema, uuidSchema } from '../validation';
import { phoneSchema } from '../auth';
import { clockTimeSchema } from './clock-time';
import { visitScheduleFields } from './visit-schedule';
import { SERVICE_ICONS } from './service-kind';

/**
 * Help on request's (帮办代办) mutations with the schema of their arguments.
 */
export const helpMutations = {
  /** Ask for help for oneself, a household member, or (staff) any resident of the community. */
  fileHelpRequest: v.object({
    requestId: uuidSchema,
    residentId: idSchema,
    kindId: idSchema,
    date: dateSchema,
    fromTime: clockTimeSchema,
    toTime: clockTimeSchema,
    building: v.pipe(textSchema, v.trim(), v.minLength(1), v.maxLength(20)),
    address: v.pipe(textSchema, v.trim(), v.minLength(1), v.maxLength(60)),
    phone: v.union([v.literal(''), phoneSchema]),
    note: v.pipe(multiLineTextSchema, v.maxLength(200)),
  }),
  /** Volunteer: take an open request; the first accept on the server wins (ALREADY_TAKEN). */
  acceptHelpRequest: v.object({ requestId: idSchema }),
  /** Staff: assign (or reassign) a request to a volunteer of the community. */
  dispatchHelpRequest: v.object({ requestId: idSchema, volunteerId: idSchema }),
  /** Assignee: on the way / at the door. */
  startHelpRequest: v.object({ requestId: idSchema }),
  /** Assignee or staff: a note on the task (收据放在门口). */
  noteHelpRequest: v.object({ requestId: idSchema, note: v.pipe(multiLineTextSchema, v.maxLength(200)) }),
  /** Assignee: done, with the minutes spent. */
  finishHelpRequest: v.object({ requestId: idSchema, minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60)) }),
  /** Resident (or household, or staff): it was done; thank the volunteer. */
  confirmHelpRequest: v.object({ requestId: idSchema }),
  /** Resident, household or staff: cancel while nobody has started. */
  cancelHelpRequest: v.object({ requestId: idSchema }),
  /** Staff: confirm the volunteer's hours for a done task. */
  confirmHelpHours: v.object({ requestId: idSchema }),
  /** Staff: add or edit one of the community's service kinds. */
  saveServiceKind: v.object({
    kindId: idSchema,
    communityId: idSchema,
    name: v.pipe(textSchema, v.trim(), v.minLength(1), v.maxLength(20)),
    icon: v.picklist(SERVICE_ICONS),
    description: v.pipe(textSchema, v.maxLength(60)),
    isVisit: v.boolean(),
    active: v.boolean(),
    order: v.pipe(v.number(), v.integer()),
  }),
  /** Staff: add or edit a recurring visit (敲门行动) to a resident. */
  saveVisitSchedule: v.object({ scheduleId: idSchema, ...visitScheduleFields }),
} as const;
