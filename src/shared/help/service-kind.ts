import * as v from 'valibot';
import { idSchema } from '../validation';
import { isStaffRole } from '../role';
import type { Actor } from '../member';
import { reject, type Rejection } from '../rejection';

/** Icons a service kind may show; the client draws each as a large emoji. */
export const SERVICE_ICONS = ['bill', 'grocery', 'haircut', 'medicine', 'repair', 'visit', 'other'] as const;
export type ServiceIcon = (typeof SERVICE_ICONS)[number];

/**
 * One service of a community's 帮办代办 list (代缴水电费, 代买菜, 上门理发…): what a resident
 * taps to ask for help. Staff edit the list; an inactive kind stays for old requests.
 */
export const serviceKindSchema = v.object({
  id: idSchema,
  communityId: idSchema,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(20)),
  icon: v.picklist(SERVICE_ICONS),
  /** Plain words under the name, e.g. 帮您去营业厅缴电费. */
  description: v.pipe(v.string(), v.maxLength(60)),
  /** A visit kind is what recurring visits (敲门行动) create. */
  isVisit: v.boolean(),
  active: v.boolean(),
  order: v.pipe(v.number(), v.integer()),
});
export type ServiceKind = v.InferOutput<typeof serviceKindSchema>;

/** Only staff serving the community edit its list of service kinds. */
export function checkSaveServiceKind(actor: Actor, communityId: string): Rejection | null {
  if (!isStaffRole(actor.role) || !actor.communityIds.includes(communityId)) {
    return reject('FORBIDDEN', ['communityId'], 'only staff of this community edit its services');
  }
  return null;
}
