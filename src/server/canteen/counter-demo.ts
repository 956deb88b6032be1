import type { Transaction } from 'kysely';
import { makeDietNote } from '../../shared/canteen/diet-note';
import type { DeliveryProfile } from '../../shared/canteen/delivery';
import type { StandingOrder } from '../../shared/canteen/standing-order';
import { shanghaiDate } from '../../shared/time';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import { findMember } from '../member/member.repository';
import { findDietNotes, findStandingOrders, insertStandingOrder, upsertDietNote } from './counter.repository';
import { findDeliveryProfiles, upsertDeliveryProfile } from './delivery.repository';
import { recordDietNote } from './diet-note.service';
import { recordStandingOrder } from './standing-order.service';

/**
 * The counter's demo rows, added when missing: 吴德福 (no phone, 88) eats soft, low-salt food and
 * has lunch at 初心食堂 every weekday, a standing order 赵敏 keeps for him (the server's job books
 * it); 王秀英 (80) has her meals carried to 5栋 3楼 when she books delivery.
 */
export async function seedCounterDemo(trx: Transaction<Database>, record: ChangeRecorder, now: Date): Promise<void> {
  const wu = await findMember(trx, 'u-wu-defu');
  if (wu && (await findDietNotes(trx, [wu.id])).length === 0) {
    const note = makeDietNote(wu, { conditions: ['lowSalt', 'softFood'], allergies: '', note: '牙口不好，菜要软烂' }, { name: '赵敏', at: now.toISOString() });
    await upsertDietNote(trx, note);
    await recordDietNote(trx, record, note);
  }
  if (wu && (await findStandingOrders(trx, ['so-demo-wu-defu'])).length === 0) {
    const order: StandingOrder = {
      id: 'so-demo-wu-defu', communityId: wu.communityId, householdId: wu.householdId, canteenId: 'c-chuxin', dinerId: wu.id,
      meal: 'lunch', weekdays: [1, 2, 3, 4, 5], mode: 'dineIn', startDate: shanghaiDate(now), pausedFrom: null, resumeOn: null,
      ended: false, createdById: 'u-zhao-min', createdAt: now.toISOString(),
    };
    await insertStandingOrder(trx, order);
    await recordStandingOrder(trx, record, order);
  }
  const wang = await findMember(trx, 'u-wang-xiuying');
  if (wang && (await findDeliveryProfiles(trx, [wang.id])).length === 0) {
    const profile: DeliveryProfile = {
      id: wang.id, residentId: wang.id, communityId: wang.communityId, householdId: wang.householdId,
      building: '5栋', floor: 3, room: '1单元302', disability: false, livesAlone: false, updatedAt: now.toISOString(),
    };
    await upsertDeliveryProfile(trx, profile);
    await record(trx, { entity: 'deliveryProfile', id: wang.id, communityId: wang.communityId, householdId: wang.householdId, ownerId: wang.id });
  }
}
