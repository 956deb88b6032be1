import type { SERVICES as SHARED_SERVICES, ServiceName } from '../shared/services';
import { installStores } from './data/service-stores';
import { registerMessages } from './i18n/t';
import type { ClientService, NavItem, PublicRoute, ServiceRoute } from './service';
import { installMutators } from './sync/mutators';
import { installRejectionDescriber } from './features/rejections/rejection-views';
import { accountsModule } from './features/accounts/accounts-module';
import { canteenModule } from './features/canteen/canteen-module';
import { eventsModule } from './features/events/events-module';
import { helpModule } from './features/help/help-module';

/**
 * The registry of the browser world: every service's client half, in the order of their tabs.
 * The shell reads routes and tabs from it; a service registered in shared but missing here
 * fails to compile.
 */
export const SERVICES: { readonly [S in ServiceName]: ClientService<(typeof SHARED_SERVICES)[S]> } = {
  canteen: canteenModule,
  events: eventsModule,
  help: helpModule,
  accounts: accountsModule,
};

const services = Object.values(SERVICES);

/** Every service's pages. */
export const SERVICE_ROUTES: readonly ServiceRoute[] = services.flatMap((service) => service.routes);

/** Every service's pages that also open without a session. */
export const PUBLIC_ROUTES: readonly PublicRoute[] = services.flatMap((service) => service.publicRoutes ?? []);

/** Every service's tabs, in order. */
export const SERVICE_NAV: readonly NavItem[] = services.flatMap((service) => service.nav);

let installed = false;

/**
 * Hands every service's mutators, tables, words and rejection descriptions to the core. Call once
 * before opening the database (main.tsx; the client tests' setup); later calls do nothing.
 */
export function installServices(): void {
  if (installed) return;
  installed = true;
  for (const service of services) {
    installMutators(service.mutators);
    installStores(service.stores);
    registerMessages(service.messages);
    if (service.describeRejection) installRejectionDescriber(service.describeRejection);
  }
}
