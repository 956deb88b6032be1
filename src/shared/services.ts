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

/** The service that declares a mutation or a synced row, or null for the core's rows. */
export function serviceOf(kind: { mutation: string } | { entity: string }): ServiceName | null {
  const found = Object.entries(SERVICES).find(([, s]) =>
    'mutation' in kind ? Object.hasOwn(s.mutations, kind.mutation) : (s.entities.names as readonly string[]).includes(kind.entity));
  return (found?.[0] as ServiceName | undefined) ?? null;
}
