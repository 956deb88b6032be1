import type { Kysely } from 'kysely';
import { checkBooking, makeBooking } from '../../shared/canteen/booking';
import type { Actor } from '../../shared/member';
import { standingBookingId, standingOrderDates, STANDING_DAYS_AHEAD, type StandingOrder } from '../../shared/canteen/standing-order';
import { addDays, shanghaiDate } from '../../shared/time';
import type { Database } from '../db/schema';
import { writeTransaction } from '../db/write-transaction';
import { findMember } from '../member/member.repository';
import type { Job } from '../service';
import { adjustSeatsTaken, findBookings, findCanteens, findDinerBookingsForSlot, insertBooking } from './canteen.repository';
import { findLiveStandingOrderIds, findSlotOn, findStandingOrders } from './counter.repository';
import { recordBooking } from './booking.service';
import { recordMealSlot } from './canteen-changes';
import { findDeliveryProfiles } from './delivery.repository';

/** How often the server runs the job; it is idempotent, so more often costs only queries. */
export const STANDING_JOB_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Who books for an order: its maker, with the office's standing to act for the diner (the order
 * was checked when made). The booking shows its maker as bookedBy.
 */
function jobActor(order: StandingOrder): Actor {
  return { id: order.createdById, role: 'staff', communityId: order.communityId, householdId: null, communityIds: [order.communityId] };
}

/**
 * Books one order's wanted days from today through the coming week, each before its cut-off,
 * in one locked transaction. A day whose booking id exists (booked already, or cancelled by the
 * family) is left alone; a day the shared checkBooking refuses (no menu yet, full, already booked
 * by hand, cut-off passed) or whose menu is still a draft is tried again at the next run while it still can be.
 */
async function bookOrder(db: Kysely<Database>, orderId: string, now: Date): Promise<{ created: string[]; communityIds: string[] }> {
  const { value, communityIds } = await writeTransaction(db, async (trx, record) => {
    const created: string[] = [];
    const [order] = await findStandingOrders(trx, [orderId]);
    const diner = order && await findMember(trx, order.dinerId);
    const [canteen] = order ? await findCanteens(trx, [order.canteenId]) : [];
    if (!order || !diner || !canteen) return created;
    const today = shanghaiDate(now);
    for (const date of standingOrderDates(order, today, addDays(today, STANDING_DAYS_AHEAD))) {
      const id = standingBookingId(order.id, date);
      if ((await findBookings(trx, [id])).length > 0) continue;
      const slot = await findSlotOn(trx, order.canteenId, date, order.meal);
      // a draft menu is the canteen's own until published: no booking may take its seats
      if (!slot || !slot.published) continue;
      const ctx = {
        actor: jobActor(order), diner, canteen, slot, mode: order.mode, now,
        dinerBookingsForSlot: await findDinerBookingsForSlot(trx, slot.id, diner.id),
        deliveryFacts: (await findDeliveryProfiles(trx, [diner.id]))[0] ?? null,
      };
      if (checkBooking(ctx) !== null) continue;
      const booking = makeBooking(ctx, id, now.toISOString());
      await insertBooking(trx, booking);
      await adjustSeatsTaken(trx, slot.id, 1);
      await recordBooking(trx, record, booking);
      await recordMealSlot(trx, record, slot);
      created.push(id);
    }
    return created;
  });
  return { created: value, communityIds };
}

/**
 * Books every live standing order's coming days. Idempotent and safe on several server
 * instances at once: each order is booked under the global write lock (a row lock on PostgreSQL),
 * and each day's booking id is derived from order and date, so whichever instance comes second
 * finds the booking (the primary key would refuse a duplicate even without the lock).
 */
export async function runStandingOrderJob(db: Kysely<Database>, now: Date): Promise<{ created: string[]; communityIds: string[] }> {
  const created: string[] = [];
  const communityIds = new Set<string>();
  for (const id of await findLiveStandingOrderIds(db)) {
    const result = await bookOrder(db, id, now);
    created.push(...result.created);
    for (const c of result.communityIds) communityIds.add(c);
  }
  return { created, communityIds: [...communityIds] };
}

/** Runs the job at start and then hourly; pokes the communities that got bookings. A failed run is logged and retried. */
export const standingOrderJob: Job = {
  name: 'standing-order',
  start: ({ db, now, pokeHub, onError }) => {
    const tick = (): void => {
      runStandingOrderJob(db, now()).then(({ communityIds }) => pokeHub.poke(communityIds), onError);
    };
    tick();
    const timer = setInterval(tick, STANDING_JOB_INTERVAL_MS);
    return () => clearInterval(timer);
  },
};
