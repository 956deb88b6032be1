import type { SessionInfo } from '../../../shared/auth';
import type { Charge } from '../../../shared/canteen/meal-serving';
import { RejectionError } from '../../../shared/rejection';
import type { AppDb } from '../../data/db';
import { createApiClient } from '../../sync/api-client';
import { mutate } from '../../sync/mutate';
import { errorMessage } from '../../i18n/error-message';
import { t } from '../../i18n/t';
import type { PhoneTailReply } from '../../../shared/canteen/counter-api';
import type { WalkInDiner } from './walk-in-form';
import { shanghaiDate } from '../../../shared/time';
import { formatDay, formatTime } from '../../i18n/format';

/** "孙强 已在 12:03 记录了这份餐", from an ALREADY_SERVED refusal's detail. */
export function conflictWords(detail: Record<string, string> | undefined): string {
  const at = detail?.at ? new Date(detail.at) : null;
  const time = at && !Number.isNaN(at.getTime()) ? formatTime(at) : '';
  return t('counter.conflict', { name: detail?.byName ?? '', time });
}

/** Words for a refusal at the counter: who served it first, or the usual reason. */
function refusalWords(error: unknown): string {
  if (error instanceof RejectionError && error.rejection.code === 'ALREADY_SERVED') return conflictWords(error.rejection.detail);
  return errorMessage(error);
}

/**
 * Records a booked meal as served on this phone at once (queued, works offline); null, or the
 * reason this phone already refuses in words.
 */
export async function serveBooking(db: AppDb, session: SessionInfo, bookingId: string, charge: Charge): Promise<string | null> {
  try {
    await mutate(db, session, 'serveMeal', { bookingId, servedAt: new Date().toISOString(), ...charge });
    return null;
  } catch (error) {
    return refusalWords(error);
  }
}

/** Books and serves a walk-in on this phone at once (queued, works offline); null or the reason. */
export async function serveWalkIn(db: AppDb, session: SessionInfo, slotId: string, diner: WalkInDiner, charge: Charge): Promise<string | null> {
  try {
    await mutate(db, session, 'serveWalkIn', {
      bookingId: crypto.randomUUID(), slotId, dinerId: diner.dinerId ?? crypto.randomUUID(), newResident: diner.newResident,
      servedAt: new Date().toISOString(), ...charge,
    });
    return null;
  } catch (error) {
    return refusalWords(error);
  }
}

/** Asks the server whose phone ends with four digits (phone numbers never reach this phone); online only. */
export async function lookUpPhoneTail(tail: string): Promise<string[]> {
  const reply = await createApiClient().get<PhoneTailReply>(`/api/canteen/phone-tail?tail=${encodeURIComponent(tail)}`);
  return reply.memberIds;
}

/** A served time as the counter reads it: the time alone today, else with its day. */
export function servedTimeLabel(at: string, today: string): string {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return '';
  return shanghaiDate(instant) === today ? formatTime(instant) : `${formatDay(instant)} ${formatTime(instant)}`;
}
