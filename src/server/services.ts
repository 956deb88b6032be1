import type { SERVICES as SHARED_SERVICES, ServiceName } from '../shared/services';
import type { ServerService } from './service';
import { accountsModule } from './accounts/accounts.module';
import { canteenModule } from './canteen/canteen.module';
import { eventsModule } from './events/events.module';
import { helpModule } from './help/help.module';

/**
 * The registry of the server world: every service's server half. Push, pull, migrations, jobs
 * and the demo seed read it and name no service; a service registered in shared but missing
 * here fails to compile.
 */
export const SERVICES: { readonly [S in ServiceName]: ServerService<(typeof SHARED_SERVICES)[S]> } = {
  canteen: canteenModule,
  events: eventsModule,
  help: helpModule,
  accounts: accountsModule,
};
