/**
 * Optimistic mutators of standing orders. The bookings themselves are made by the server's job;
 * here a pause or an end withdraws, on this phone at once, the bookings the job already made for
 * the days no longer wanted, as the server will.
 */
import { isPastCutoff } from '../../../shared/canteen/meal-slot';
import {
  checkChangeStandingOrder, checkPause, checkResume, checkSaveStandingOrder, isPausedOn, resumedPause, type StandingOrder,
} from '../../../shared/canteen/standing-order';
import { RejectionError, refuse } from '../../../shared/rejection';
import { shanghaiDate } from '../../../shared/time';
import type { ClientMutator } from '../../sync/client-mutator';
import type { RecordingStore } from '../../sync/recording-store';

/** Removes the order's confirmed future bookings that are not wanted and still before their cut-off. */
async function withdrawUnwanted(store: RecordingStore, order: StandingOrder, wanted: (date: string) => boolean, now: Date): Promise<void> {
  const today = shanghaiDate(now);
  for (const booking of await store.where('booking', 'dinerId', order.dinerId)) {
    if (!booking.id.startsWith(`so-${order.id}-`) || booking.status !== 'confirmed') continue;
    const slot = await store.get('mealSlot', booking.slotId);
    if (!slot || slot.date < today || wanted(slot.date) || isPastCutoff(slot, now)) continue;
    store.delete('booking', booking.id);
    store.put('mealSlot', { ...slot, seatsTaken: Math.max(0, slot.seatsTaken - 1) });
  }
}

async function orderOf(store: RecordingStore, orderId: string, actor: Parameters<typeof checkChangeStandingOrder>[0]): Promise<StandingOrder> {
  const order = (await store.get('standingOrder', orderId)) ?? refuse('NOT_FOUND', ['orderId'], 'no such standing order');
  const refusal = checkChangeStandingOrder(actor, order);
  if (refusal) throw new RejectionError(refusal);
  return order;
}

/** Starts a standing order on this phone at once; its days are booked by the server. */
export const saveStandingOrder: ClientMutator<'saveStandingOrder'> = async (store, args, { actor, createdAt }) => {
  const diner = (await store.get('member', args.dinerId)) ?? refuse('NOT_FOUND', ['dinerId'], 'no such person');
  const canteen = (await store.get('canteen', args.canteenId)) ?? refuse('NOT_FOUND', ['canteenId'], 'no such canteen');
  const refusal = checkSaveStandingOrder(actor, diner, canteen);
  if (refusal) throw new RejectionError(refusal);
  const { orderId, ...fields } = args;
  store.put('standingOrder', {
    id: orderId, communityId: diner.communityId, householdId: diner.householdId, ...fields,
    weekdays: [...new Set(fields.weekdays)].sort(), pausedFrom: null, resumeOn: null, ended: false, createdById: actor.id, createdAt,
  });
};

/** Pauses at once; the paused days' bookings leave this phone's lists. */
export const pauseStandingOrder: ClientMutator<'pauseStandingOrder'> = async (store, args, { actor, now }) => {
  const order = await orderOf(store, args.orderId, actor);
  const refusal = checkPause(args.from, args.resumeOn, shanghaiDate(now));
  if (refusal) throw new RejectionError(refusal);
  const paused = { ...order, pausedFrom: args.from, resumeOn: args.resumeOn };
  store.put('standingOrder', paused);
  await withdrawUnwanted(store, paused, (date) => !isPausedOn(paused, date), now);
};

/** Resumes at once; the server's job books the days from then. */
export const resumeStandingOrder: ClientMutator<'resumeStandingOrder'> = async (store, args, { actor, now }) => {
  const order = await orderOf(store, args.orderId, actor);
  const refusal = checkResume(order, args.on, shanghaiDate(now));
  if (refusal) throw new RejectionError(refusal);
  store.put('standingOrder', { ...order, ...resumedPause(order, args.on) });
};

/** Ends at once; the days not yet past their cut-off leave this phone's lists. */
export const endStandingOrder: ClientMutator<'endStandingOrder'> = async (store, args, { actor, now }) => {
  const order = await orderOf(store, args.orderId, actor);
  const ended = { ...order, ended: true };
  store.put('standingOrder', ended);
  await withdrawUnwanted(store, ended, () => false, now);
};
