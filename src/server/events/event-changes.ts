import type { Transaction } from 'kysely';
import type { CommunityEvent } from '../../shared/events/event';
import { lapsedOffers, promoteWaiting, recount, withWaitlistPositions, type Signup } from '../../shared/events/signup';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import { findEventSignups, updateEventRow, updateSignupRow } from './event.repository';

/** Records an event's change: community-wide, every resident of the community sees it. */
export async function recordEvent(trx: Transaction<Database>, record: ChangeRecorder, e: CommunityEvent): Promise<void> {
  await record(trx, { entity: 'event', id: e.id, communityId: e.communityId, householdId: null, ownerId: null });
}

/** Records a sign-up's change: private to its household (or its maker) and the community's staff. */
export async function recordSignup(trx: Transaction<Database>, record: ChangeRecorder, s: Signup): Promise<void> {
  await record(trx, { entity: 'signup', id: s.id, communityId: s.communityId, householdId: s.householdId, ownerId: s.bookedById });
}

/** Replaces sign-ups in a list by id. */
function merge(signups: Signup[], changed: Signup[]): Signup[] {
  const byId = new Map(changed.map((s) => [s.id, s]));
  return signups.map((s) => byId.get(s.id) ?? s);
}

/**
 * Brings an event's waiting list up to date inside the locked transaction: offers whose window
 * has passed lapse (and pass on), freed places go to the waiting list in order by whole parties,
 * every waiting party's place on the list is renumbered, and the event's counters are recounted. `changed` are sign-ups the caller has already altered
 * (not yet written). Writes and records every changed row; returns the event and its sign-ups.
 */
export async function settleEvent(
  trx: Transaction<Database>, record: ChangeRecorder, event: CommunityEvent, now: Date, changed: Signup[] = [],
): Promise<{ event: CommunityEvent; signups: Signup[] }> {
  const stored = await findEventSignups(trx, event.id);
  let signups = merge(stored, changed);
  const touched = new Map(changed.map((s) => [s.id, s]));
  const lapsed = lapsedOffers(signups, now).map((s): Signup => ({ ...s, status: 'cancelled' }));
  signups = merge(signups, lapsed);
  for (const s of lapsed) touched.set(s.id, s);
  const promoted = promoteWaiting(event, signups, now);
  signups = merge(signups, promoted);
  for (const s of promoted) touched.set(s.id, s);
  // every party whose place on the list moved is written and recorded, so its family's pull shows it
  const storedPlace = new Map(stored.map((s) => [s.id, s.waitlistPosition]));
  signups = withWaitlistPositions(signups);
  for (const s of signups) {
    if (touched.has(s.id) || storedPlace.get(s.id) !== s.waitlistPosition) touched.set(s.id, s);
  }
  // places freed by a shrinking party before promotion: write the lower count first, so the check constraint holds
  for (const s of touched.values()) {
    await updateSignupRow(trx, s);
    await recordSignup(trx, record, s);
  }
  const counted = recount(event, signups);
  if (counted.placesTaken !== event.placesTaken || counted.waitingCount !== event.waitingCount || changed.length > 0) {
    await updateEventRow(trx, counted);
    await recordEvent(trx, record, counted);
  }
  return { event: counted, signups };
}
