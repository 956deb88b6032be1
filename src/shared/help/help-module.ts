import { defineSharedService, entities } from '../service';
import type { serviceKindSchema } from './service-kind';
import type { helpRequestSchema } from './help-request';
import type { helpContactSchema } from './help-contact';
import type { visitScheduleSchema } from './visit-schedule';
import { helpMutations } from './help-mutations';
import { HELP_REJECTION_CODES } from './help-rejections';

/** Help on request (帮办代办): service kinds, requests with their private contact, recurring visits. */
export const helpModule = defineSharedService({
  entities: entities<{
    serviceKind: typeof serviceKindSchema; helpRequest: typeof helpRequestSchema;
    helpContact: typeof helpContactSchema; visitSchedule: typeof visitScheduleSchema;
  }>({ serviceKind: true, helpRequest: true, helpContact: true, visitSchedule: true }),
  mutations: helpMutations,
  rejections: HELP_REJECTION_CODES,
});
