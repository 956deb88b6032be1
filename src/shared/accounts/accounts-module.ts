import { defineSharedService, entities } from '../service';
import type { serviceCardSchema } from './service-card';
import type { householdLinkSchema } from './household-link';
import { accountsMutations } from './accounts-mutations';
import { ACCOUNTS_REJECTION_CODES } from './accounts-rejections';

/** Accounts: service cards, households linked across phones, residents registered by staff. */
export const accountsModule = defineSharedService({
  entities: entities<{ serviceCard: typeof serviceCardSchema; householdLink: typeof householdLinkSchema }>({ serviceCard: true, householdLink: true }),
  mutations: accountsMutations,
  rejections: ACCOUNTS_REJECTION_CODES,
});
