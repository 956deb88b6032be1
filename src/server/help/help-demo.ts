import type { Transaction } from 'kysely';
import type { ServiceIcon, ServiceKind } from '../../shared/help/service-kind';
import type { VisitSchedule } from '../../shared/help/visit-schedule';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import { findServiceKinds, findVisitSchedules, upsertServiceKind, upsertVisitSchedule } from './help.repository';

/** The 帮办代办 / 暖巢 service list both demo communities offer. */
const KINDS: [string, string, ServiceIcon, string, boolean][] = [
  ['bill', '代缴水电费', 'bill', '帮您去营业厅或在手机上缴水费、电费、燃气费', false],
  ['grocery', '代买菜', 'grocery', '帮您买菜、买米面油、买日用品', false],
  ['haircut', '上门理发/修甲', 'haircut', '志愿者上门理发、修剪指甲', false],
  ['medicine', '找医问药', 'medicine', '陪您看病、帮您配药取药', false],
  ['light', '楼道灯维修', 'repair', '楼道灯不亮了，网格员来修', false],
  ['visit', '上门探访', 'visit', '上门看望、聊聊天、看看家里是否安全', true],
];

/** Service kinds of 农南二社区 and 仓南街社区. */
export const DEMO_SERVICE_KINDS: ServiceKind[] = (['nongnaner', 'cangnanjie'] as const).flatMap((communityId) =>
  KINDS.map(([key, name, icon, description, isVisit], order) => ({
    id: `sk-${communityId}-${key}`, communityId, name, icon, description, isVisit, active: true, order,
  })),
);

/** 何淑芬 lives alone: a volunteer knocks every Tuesday morning (敲门行动). */
export const DEMO_VISIT_SCHEDULES: VisitSchedule[] = [
  {
    id: 'vs-he-shufen', communityId: 'nongnaner', residentId: 'u-he-shufen', householdId: 'hh-he', residentName: '何淑芬',
    kindId: 'sk-nongnaner-visit', weekday: 2, fromTime: '09:00', toTime: '10:30', building: '5栋',
    address: '5栋1单元302', phone: '13800000021', active: true,
  },
];

/** Seeds the help service kinds and visit schedules that are missing (idempotent). */
export async function seedHelpDemo(trx: Transaction<Database>, record: ChangeRecorder): Promise<void> {
  for (const kind of DEMO_SERVICE_KINDS) {
    if ((await findServiceKinds(trx, [kind.id])).length > 0) continue;
    await upsertServiceKind(trx, kind);
    await record(trx, { entity: 'serviceKind', id: kind.id, communityId: kind.communityId, householdId: null, ownerId: null });
  }
  for (const s of DEMO_VISIT_SCHEDULES) {
    if ((await findVisitSchedules(trx, [s.id])).length > 0) continue;
    await upsertVisitSchedule(trx, s);
    await record(trx, { entity: 'visitSchedule', id: s.id, communityId: s.communityId, householdId: s.householdId, ownerId: s.residentId });
  }
}
