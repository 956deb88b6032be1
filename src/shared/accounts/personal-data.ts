import * as v from 'valibot';
import type { SessionSummary } from '../auth';
import type { Member } from '../member';

/** GET /api/accounts/my-data: everything the server holds about the person asking, as JSON. */
export interface MyData {
  exportedAt: string;
  /** The person, with their phone number. */
  person: Member & { phone: string | null };
  /** Their live sessions (phones and browsers). */
  sessions: SessionSummary[];
  /** Every synced row they own, by entity: bookings, sign-ups, requests for help, cards, household requests. */
  rows: Record<string, unknown[]>;
}

/** POST /api/accounts/my-data/delete body: deleting must be asked for in so many words. */
export const deleteMyDataSchema = v.object({ confirm: v.literal(true) });
