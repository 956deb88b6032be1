import type { Transaction } from 'kysely';
import { FORGOTTEN_NAME, FORGOTTEN_TEXT } from '../../shared/member';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import { liveEntries, rerecordEntries } from '../sync/rerecord';

/**
 * Forgets a resident who deleted their data: their requests' contacts lose the name, address,
 * number and notes, their recurring visits stop and lose address and number, and as a volunteer
 * their name leaves the requests they served. The requests stay,
 * so the community's figures (requests served, volunteers' hours) do not change.
 */
export async function forgetHelpResident(trx: Transaction<Database>, record: ChangeRecorder, memberId: string): Promise<void> {
  const contacts = await trx.updateTable('help_contacts')
    .set({ resident_name: FORGOTTEN_NAME, address: FORGOTTEN_TEXT, phone: '', note: '', volunteer_note: '' })
    .where('resident_id', '=', memberId).returning('id').execute();
  await rerecordEntries(trx, record, await liveEntries(trx, 'helpContact', contacts.map((c) => c.id)));
  // a volunteer's name on the requests they served
  const served = await trx.updateTable('help_requests').set({ assignee_name: FORGOTTEN_NAME })
    .where('assignee_id', '=', memberId).returning('id').execute();
  await rerecordEntries(trx, record, await liveEntries(trx, 'helpRequest', served.map((r) => r.id)));
  const schedules = await trx.updateTable('visit_schedules').set({ address: FORGOTTEN_TEXT, phone: '', active: 0 })
    .where('resident_id', '=', memberId).returning('id').execute();
  await rerecordEntries(trx, record, await liveEntries(trx, 'visitSchedule', schedules.map((s) => s.id)));
}
