import { accountsModule } from './accounts/accounts-module';
import { canteenModule } from './canteen/canteen-module';
import { eventsModule } from './events/events-module';
import { helpModule } from './help/help-module';

/**
 * The registry of the shared world: every service, by name. The protocol's lists of entities,
 * mutations and rejection codes are the core's plus these; the server's and the client's
 * registries must name the same services, or they fail to compile.
 */
export const SERVICES = {
  canteen: canteenModule,
  events: eventsModule,
  help: helpModule,
  accounts: accountsModule,
} as const;

/** The name of a registered service. */
export type ServiceName = keyof typeof SERVICES;
