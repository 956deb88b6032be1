import type { Transaction } from 'kysely';
import { contactGranteeOf, type HelpContact } from '../../shared/help/help-contact';
import type { HelpRequest } from '../../shared/help/help-request';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';

/** The role whose members, besides staff and the household, receive the public request. */
export const HELP_AUDIENCE = 'volunteer';

/**
 * Records both halves of a request: the public one for the community's volunteers (audience),
 * the contact privately for the household, staff and the assignee (grant). A grant that ends
 * or moves to another volunteer revokes the contact from the former one.
 */
export async function recordHelp(trx: Transaction<Database>, record: ChangeRecorder, r: HelpRequest, c: HelpContact): Promise<void> {
  const scope = { communityId: r.communityId, householdId: c.householdId, ownerId: c.residentId };
  await record(trx, { entity: 'helpRequest', id: r.id, ...scope, audience: HELP_AUDIENCE });
  await record(trx, { entity: 'helpContact', id: c.id, ...scope, granteeId: contactGranteeOf(r) });
}
