import { helpModule as shared } from '../../shared/help/help-module';
import { defineServerService } from '../service';
import {
  acceptHelpRequest, cancelHelpRequest, confirmHelpHours, confirmHelpRequest, dispatchHelpRequest, fileHelpRequest,
  finishHelpRequest, noteHelpRequest, startHelpRequest,
} from './help-request.service';
import { saveServiceKind } from './service-kind.service';
import { saveVisitSchedule } from './visit-schedule.service';
import { findHelpContacts, findHelpRequests, findServiceKinds, findVisitSchedules } from './help.repository';
import { helpProjections } from './help-projections';
import { visitJob } from './visit-job';
import { seedHelpDemo } from './help-demo';
import { forgetHelpResident } from './help-forget';
import * as help from './migrations/20261123T1100-help';

/** Help on request on the server: requests, dispatch, hours; the recurring-visit job (敲门行动). */
export const helpModule = defineServerService(shared, {
  handlers: {
    fileHelpRequest, acceptHelpRequest, dispatchHelpRequest, startHelpRequest, noteHelpRequest, finishHelpRequest,
    confirmHelpRequest, cancelHelpRequest, confirmHelpHours, saveServiceKind, saveVisitSchedule,
  },
  loaders: { serviceKind: findServiceKinds, helpRequest: findHelpRequests, helpContact: findHelpContacts, visitSchedule: findVisitSchedules },
  projections: helpProjections,
  migrations: { '20261123T1100-help': help },
  jobs: [visitJob],
  seedDemo: (trx, record) => seedHelpDemo(trx, record),
  forgetMember: (trx, record, memberId) => forgetHelpResident(trx, record, memberId),
});
