import { sql, type Transaction } from 'kysely';
import { makeBooking } from '../../shared/canteen/booking';
import type { ServiceMode } from '../../shared/canteen/canteen';
import { mealSlotId } from '../../shared/canteen/meal-slot';
import type { Actor } from '../../shared/member';
import { addDays, shanghaiDate } from '../../shared/time';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import { findMember } from '../member/member.repository';
import { recordMealSlot } from './canteen-changes';
import { adjustSeatsTaken, findBookings, findCanteens, findMealSlots, insertBooking } from './canteen.repository';

/** A booking the demo starts with: who eats, who booked, which meal (days after today) and how. */
interface DemoBooking {
  dinerId: string;
  bookedById: string;
  canteenId: string;
  daysAhead: number;
  meal: 'lunch' | 'dinner';
  mode: ServiceMode;
}

/**
 * Real bookings by demo people, so every seat taken is a booking row someone can see: 赵敏, the
 * canteen's manager, has booked tomorrow's lunch for 吴德福, who has no phone (DOMAIN: staff book
 * for elders without one).
 */
const DEMO_BOOKINGS: DemoBooking[] = [
  { dinerId: 'u-wu-defu', bookedById: 'u-zhao-min', canteenId: 'c-chuxin', daysAhead: 1, meal: 'lunch', mode: 'dineIn' },
];

/** Adds the demo bookings that are missing, each taking its seat, as bookMeal would. */
export async function seedDemoBookings(trx: Transaction<Database>, record: ChangeRecorder, now: Date): Promise<void> {
  for (const demo of DEMO_BOOKINGS) {
    const date = addDays(shanghaiDate(now), demo.daysAhead);
    const slotId = mealSlotId(demo.canteenId, date, demo.meal);
    const id = `demo-${demo.dinerId}-${slotId}`;
    if ((await findBookings(trx, [id])).length > 0) continue;
    const [[slot], [canteen], diner, booker] = await Promise.all([
      findMealSlots(trx, [slotId]), findCanteens(trx, [demo.canteenId]), findMember(trx, demo.dinerId), findMember(trx, demo.bookedById),
    ]);
    if (!slot || !canteen || !diner || !booker) continue;
    const actor: Actor = { id: booker.id, role: booker.role, communityId: booker.communityId, householdId: booker.householdId, communityIds: [booker.communityId] };
    const booking = makeBooking({ actor, diner, canteen, slot, mode: demo.mode, dinerBookingsForSlot: [], now }, id, now.toISOString());
    await insertBooking(trx, booking);
    await adjustSeatsTaken(trx, slot.id, 1);
    await record(trx, { entity: 'booking', id, communityId: booking.communityId, householdId: booking.householdId, ownerId: booking.dinerId });
    await recordMealSlot(trx, record, slot);
  }
}

/**
 * Earlier demo seeds wrote a seat count without booking rows (58 of 60, no bookings). Sets every
 * demo canteen slot's seatsTaken to its confirmed bookings and records the slots it corrects, so
 * phones that synced the wrong count get the right one.
 */
export async function recountDemoSeats(trx: Transaction<Database>, record: ChangeRecorder, canteenIds: readonly string[]): Promise<void> {
  const counted = await trx.selectFrom('meal_slots as s')
    .select(['s.id', 's.community_id', 's.seats_taken', 's.published'])
    .select(sql<number>`(select count(*) from bookings b where b.slot_id = s.id and b.status = 'confirmed')`.as('booked'))
    .where('s.canteen_id', 'in', canteenIds)
    .execute();
  for (const slot of counted) {
    const booked = Number(slot.booked);
    if (slot.seats_taken === booked) continue;
    await trx.updateTable('meal_slots').set({ seats_taken: booked }).where('id', '=', slot.id).execute();
    await recordMealSlot(trx, record, { id: slot.id, communityId: slot.community_id, published: slot.published === 1 });
  }
}
