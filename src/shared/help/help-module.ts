import { defineSharedService } from '../service';
import { serviceKindSchema } from './service-kind';
import { helpRequestSchema } from './help-request';
import { helpContactSchema } from './help-contact';
import { visitScheduleSchema } from './visit-schedule';
import { helpMutations } from './help-mutations';
import { HELP_REJECTION_CODES } from './help-rejections';

/** Help on request (帮办代办): service kinds, requests with their private contact, recurring visits. */
export const helpModule = defineSharedService({
  entities: {
    serviceKind: serviceKindSchema, helpRequest: helpRequestSchema, helpContact: helpContactSchema, visitSchedule: visitScheduleSchema,
  },
  mutations: helpMutations,
  rejections: HELP_REJECTION_CODES,
});
