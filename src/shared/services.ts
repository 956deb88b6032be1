import { canteenService } from './canteen/canteen-service';
import { eventService } from './events/event-service';
import { helpService } from './help/help-service';

/**
 * The registry of the shared world: every service, by name. The protocol's lists of entities,
 * mutations and rejection codes are the core's plus these; the server's and the client's
 * registries must name the same services, or they fail to compile.
 */
export const SERVICES = {
  canteen: canteenService,
  events: eventService,
  help: helpService,
} as const;

/** The name of a registered service. */
export type ServiceName = keyof typeof SERVICES;
