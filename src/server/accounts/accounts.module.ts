import { accountsModule as shared } from '../../shared/accounts/accounts-module';
import { defineServerService } from '../service';
import { findHouseholdLinks, findServiceCards } from './accounts.repository';
import { accountsProjections } from './accounts-projections';
import { ACCOUNTS_PUBLIC_PATHS, accountsRoutes } from './accounts.routes';
import { answerHouseholdLink, requestHouseholdLink } from './household-link.service';
import { attachPhone, registerResident, setMemberRole } from './resident.service';
import { issueServiceCard, revokeServiceCard } from './service-card.service';
import * as accounts from './migrations/20261124T0510-accounts';
import * as audit from './migrations/20261124T0530-audit';
import { forgetInAudit, recordStaffAction } from './audit.service';

/** Accounts on the server: service cards and their login, household links, residents registered by staff. */
export const accountsModule = defineServerService(shared, {
  handlers: { issueServiceCard, revokeServiceCard, requestHouseholdLink, answerHouseholdLink, registerResident, attachPhone, setMemberRole },
  loaders: { serviceCard: findServiceCards, householdLink: findHouseholdLinks },
  projections: accountsProjections,
  migrations: { '20261124T0510-accounts': accounts, '20261124T0530-audit': audit },
  onMutationApplied: recordStaffAction,
  forgetMember: (trx, _record, memberId) => forgetInAudit(trx, memberId),
  routes: accountsRoutes,
  publicPaths: ACCOUNTS_PUBLIC_PATHS,
});
