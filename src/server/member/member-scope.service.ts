import type { Kysely } from 'kysely';
import type { Role } from '../../shared/role';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/write-transaction';

/** What staff or an administrator may change about where a person belongs. */
export interface ScopeChange {
  communityId?: string;
  role?: Role;
  householdId?: string | null;
}

/**
 * Moves a person to another community, role or household (a volunteer moving away, staff made a
 * resident). Their member row is recorded as changed where they now belong; what they may see is
 * read from this row on every request, and their devices drop what they may no longer see at the
 * next pull, whose cursor was made for the old scope (pull.service.ts). Returns the communities
 * to poke: the old one, whose staff see the member leave, and the new one.
 */
export async function changeMemberScope(db: Kysely<Database>, memberId: string, change: ScopeChange): Promise<string[]> {
  const { value } = await writeTransaction(db, async (trx, record) => {
    const before = await trx.selectFrom('users').selectAll().where('id', '=', memberId).executeTakeFirstOrThrow();
    const after = {
      community_id: change.communityId ?? before.community_id,
      role: change.role ?? before.role,
      household_id: change.householdId === undefined ? before.household_id : change.householdId,
    };
    await trx.updateTable('users').set(after).where('id', '=', memberId).execute();
    await record(trx, { entity: 'member', id: memberId, communityId: after.community_id, householdId: after.household_id, ownerId: memberId });
    return [...new Set([before.community_id, after.community_id])];
  });
  return value;
}
