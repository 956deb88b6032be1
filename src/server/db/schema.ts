import type { CommunityTable, HouseholdTable, StreetOfficeTable } from '../community/community.table';
import type { UserTable } from '../member/member.table';
import type { MutationTable, SyncRevocationTable, SyncRowTable, SyncStateTable } from '../sync/sync.table';
import type { LoginCodeTable, LoginThrottleTable, SessionTable } from '../auth/auth.table';

/**
 * Every table the server keeps, as Kysely sees them. Same SQL on SQLite and PostgreSQL. These are
 * the core's; each service adds its own from its `*.table.ts` by declaration merging
 * (`declare module '../db/schema' { interface Database { … } }`), so the core names none.
 */
export interface Database {
  street_offices: StreetOfficeTable;
  communities: CommunityTable;
  households: HouseholdTable;
  users: UserTable;
  sync_state: SyncStateTable;
  sync_rows: SyncRowTable;
  sync_revocations: SyncRevocationTable;
  mutations: MutationTable;
  login_codes: LoginCodeTable;
  login_throttles: LoginThrottleTable;
  sessions: SessionTable;
}
