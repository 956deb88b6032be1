import * as v from 'valibot';
import { idSchema } from '../validation';

/** Query of GET /api/canteen/prep-list: the meal. Reply: PrepList (prep-list.ts). */
export const prepListQuerySchema = v.object({ slotId: idSchema });

/** Query of GET /api/canteen/phone-tail: the last four digits of a phone number. */
export const phoneTailQuerySchema = v.object({ tail: v.pipe(v.string(), v.regex(/^\d{4}$/, 'the last 4 digits of a phone number')) });

/** Reply of GET /api/canteen/phone-tail: the community members whose phone ends so. */
export interface PhoneTailReply {
  memberIds: string[];
}
