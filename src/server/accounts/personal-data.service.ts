import type { Kysely } from 'kysely';
import type { MyData } from '../../shared/accounts/personal-data';
import { FORGOTTEN_NAME, type Actor } from '../../shared/member';
import { isStaffRole } from '../../shared/role';
import { sessionsOf } from '../auth/device-sessions.service';
import { endSessionsOf } from '../auth/auth.repository';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/write-transaction';
import { ApiError } from '../http/api-error';
import { moveToHousehold } from '../member/household-move';
import { findMemberWithPhone } from '../member/member.repository';
import type { PersonalData } from '../service';
import type { PokeHub } from '../sync/poke-hub';

/** What the personal-data routes need. */
export interface PersonalDataDeps {
  db: Kysely<Database>;
  now: () => Date;
  pokeHub: PokeHub;
  personalData: PersonalData;
}

/** Everything the server holds about the person asking: who they are, their phones, and every row they own. */
export async function exportMyData(deps: PersonalDataDeps, actor: Actor, sessionId: string | null): Promise<MyData> {
  const now = deps.now();
  const person = await findMemberWithPhone(deps.db, actor.id);
  if (!person) throw new ApiError(404, 'NOT_FOUND', 'no such person');
  return {
    exportedAt: now.toISOString(),
    person,
    sessions: await sessionsOf(deps.db, actor, sessionId, now),
    rows: await deps.personalData.ownRows(deps.db, actor),
  };
}

/**
 * Deletes what identifies the person asking, keeping what the community counts: their bookings,
 * sign-ups and requests stay (the figures of meals served, places taken and hours given do not
 * change), but their name becomes 已注销居民 and their number, birth date, groups and household,
 * every service's names, addresses and notes about them, their cards and all their sessions go.
 * Staff and administrators are not deleted this way: an administrator first makes them residents.
 */
export async function deleteMyData(deps: PersonalDataDeps, actor: Actor): Promise<void> {
  if (isStaffRole(actor.role)) throw new ApiError(403, 'FORBIDDEN', 'staff accounts are closed by an administrator, who makes them residents first');
  const now = deps.now();
  const at = now.toISOString();
  const { communityIds } = await writeTransaction(deps.db, async (trx, record) => {
    const before = await trx.selectFrom('users').select(['phone']).where('id', '=', actor.id).executeTakeFirstOrThrow();
    await trx.updateTable('users')
      .set({ name: FORGOTTEN_NAME, phone: null, birth_date: null, age_verified: 0, groups: '[]', staff_of: null })
      .where('id', '=', actor.id).execute();
    // out of the household, and everything they own recorded anew without it (the member row included)
    await moveToHousehold(trx, record, actor.id, null);
    await trx.updateTable('service_cards').set({ revoked_at: at }).where('member_id', '=', actor.id).where('revoked_at', 'is', null).execute();
    await trx.updateTable('household_links').set({ phone_hint: '****' })
      .where((eb) => eb.or([eb('requester_id', '=', actor.id), eb('parent_id', '=', actor.id)])).execute();
    await deps.personalData.forgetInServices(trx, record, actor.id, now);
    // every phone of theirs hears why at its next call, and clears its copy
    await endSessionsOf(trx, actor.id, null, { at, reason: 'dataDeleted' });
    if (before.phone !== null) {
      await trx.deleteFrom('login_codes').where('phone', '=', before.phone).execute();
      await trx.deleteFrom('login_throttles').where('phone', '=', before.phone).execute();
    }
  });
  deps.pokeHub.poke(communityIds);
}
