import type { Kysely } from 'kysely';
import type { EntityName, EntityRow } from '../../shared/sync/entities';
import type { Database } from '../db/schema';
import { findCommunities } from '../community/community.repository';
import { findMembers } from '../member/member.repository';
import { findBookings, findCanteens, findDishes, findMealSlots } from '../canteen/canteen.repository';
// help on request
import { findHelpContacts, findHelpRequests, findServiceKinds, findVisitSchedules } from '../help/help.repository';
// events
import { findEvents, findEventWishes, findSignups } from '../events/event.repository';

/** Loads the current rows of one entity by id, as the shared schema shapes them. */
type Loader<E extends EntityName> = (db: Kysely<Database>, ids: readonly string[]) => Promise<EntityRow<E>[]>;

/** How pull loads each synced entity; a new entity fails to compile until it has a loader. */
export const entityLoaders: { [E in EntityName]: Loader<E> } = {
  community: findCommunities,
  // members never carry a phone number: toMember leaves it out
  member: findMembers,
  canteen: findCanteens,
  dish: findDishes,
  mealSlot: findMealSlots,
  booking: findBookings,
  // help on request
  serviceKind: findServiceKinds,
  helpRequest: findHelpRequests,
  helpContact: findHelpContacts,
  visitSchedule: findVisitSchedules,
  // events
  event: findEvents,
  signup: findSignups,
  eventWish: findEventWishes,
};
