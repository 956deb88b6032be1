import type { CommunityTable, HouseholdTable, StreetOfficeTable } from '../community/community.table';
import type { UserTable } from '../member/member.table';
import type { BookingTable, CanteenTable, DishTable, MealSlotTable } from '../canteen/canteen.table';
import type { MutationTable, SyncRowTable, SyncStateTable } from '../sync/sync.table';
import type { LoginCodeTable, SessionTable } from '../auth/auth.table';
// help on request
import type { HelpContactTable, HelpRequestTable, ServiceKindTable, VisitScheduleTable } from '../help/help.table';
import type { SyncRevocationTable } from '../sync/sync.table';
// events
import type { EventTable, EventWishTable, EventWishVoteTable, SignupTable } from '../events/event.table';

/** Every table the server keeps, as Kysely sees them. Same SQL on SQLite and PostgreSQL. */
export interface Database {
  street_offices: StreetOfficeTable;
  communities: CommunityTable;
  households: HouseholdTable;
  users: UserTable;
  canteens: CanteenTable;
  dishes: DishTable;
  meal_slots: MealSlotTable;
  bookings: BookingTable;
  sync_state: SyncStateTable;
  sync_rows: SyncRowTable;
  mutations: MutationTable;
  login_codes: LoginCodeTable;
  sessions: SessionTable;
  // help on request
  sync_revocations: SyncRevocationTable;
  service_kinds: ServiceKindTable;
  help_requests: HelpRequestTable;
  help_contacts: HelpContactTable;
  visit_schedules: VisitScheduleTable;
  // events
  events: EventTable;
  signups: SignupTable;
  event_wishes: EventWishTable;
  event_wish_votes: EventWishVoteTable;
}
