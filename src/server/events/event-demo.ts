import type { Transaction } from 'kysely';
import { makeEvent, weeklyOccurrences, type EventFields } from '../../shared/events/event';
import { addDays, shanghaiDate, shanghaiInstant } from '../../shared/time';
import type { Database } from '../db/schema';
import type { ChangeRecorder } from '../db/write-transaction';
import { findEvents, insertEvent } from './event.repository';
import { recordEvent } from './event-changes';

const ORGANISER = { id: 'u-he-jing', name: '何静' };

/** One demo event `days` from today at Shanghai times, sign-up closing the evening before. */
function at(today: string, days: number, from: string, to: string, rest: Omit<EventFields, 'startsAt' | 'endsAt' | 'signupDeadline'>): EventFields {
  const date = addDays(today, days);
  return {
    ...rest, startsAt: shanghaiInstant(date, from).toISOString(), endsAt: shanghaiInstant(date, to).toISOString(),
    signupDeadline: shanghaiInstant(addDays(date, -1), '20:00').toISOString(),
  };
}

const family = { adultsAccompany: true, promotion: 'auto' as const, offerHours: 24 };

/**
 * 碧霞湖社区's events for this week and next, relative to today: the 家育户晓 outing and family
 * games, the weekly parent-child reading club (a series), the art-therapy class for ages 6-14
 * with 30 places, an anti-fraud talk and a free clinic. Idempotent: ids are dated.
 */
export async function seedEventDemo(trx: Transaction<Database>, record: ChangeRecorder, now: Date): Promise<void> {
  const today = shanghaiDate(now);
  const single: [string, EventFields][] = [
    ['outing', at(today, 5, '09:00', '11:30', { ...family, kind: 'parentChild', title: '家育户晓·秋日亲子户外行', description: '和孩子一起走进碧霞湖湿地公园，认识秋天的植物。', place: '碧霞湖湿地公园东门集合', capacity: 40, minAge: 3, maxAge: 12 })],
    ['games', at(today, 8, '15:00', '17:00', { ...family, kind: 'parentChild', title: '家育户晓·亲子趣味运动会', description: '两人三足、亲子接力，全家一起动起来。', place: '碧霞湖社区文体广场', capacity: 60, minAge: 4, maxAge: 14 })],
    ['art', at(today, 4, '14:00', '15:30', { ...family, adultsAccompany: false, kind: 'parentChild', title: '儿童艺术疗愈课', description: '用绘画表达情绪，专业老师带领。家长在休息区等候。', place: '党群驿家二楼活动室', capacity: 30, minAge: 6, maxAge: 14 })],
    ['fraud', at(today, 3, '09:30', '10:30', { ...family, kind: 'lecture', title: '防范电信诈骗知识讲座', description: '派出所民警讲解常见骗局，教您守好养老钱。', place: '碧霞湖社区党群服务中心多功能厅', capacity: 80, minAge: null, maxAge: null })],
    ['clinic', at(today, 6, '08:30', '11:30', { ...family, kind: 'clinic', title: '社区义诊：量血压、测血糖', description: '社区卫生服务中心医生坐诊，免费测量和咨询。', place: '碧霞湖社区卫生服务站门前', capacity: 100, minAge: null, maxAge: null })],
  ];
  for (const [key, fields] of single) {
    await add(trx, record, `ev-demo-${key}-${fields.startsAt.slice(0, 10)}`, null, fields);
  }
  const club = at(today, 2, '19:00', '20:00', { ...family, promotion: 'offer', kind: 'parentChild', title: '家育户晓·亲子阅读会', description: '每周一次绘本共读，名额有限。', place: '碧霞湖社区图书室', capacity: 12, minAge: 3, maxAge: 10 });
  for (const dates of weeklyOccurrences(club, 2)) {
    await add(trx, record, `ev-demo-reading-${dates.startsAt.slice(0, 10)}`, 'series-demo-reading', { ...club, ...dates });
  }
}

async function add(trx: Transaction<Database>, record: ChangeRecorder, id: string, seriesId: string | null, fields: EventFields): Promise<void> {
  if ((await findEvents(trx, [id])).length > 0) return;
  const event = makeEvent(ORGANISER, { id, communityId: 'bixiahu', seriesId }, fields, new Date().toISOString());
  await insertEvent(trx, event);
  await recordEvent(trx, record, event);
}
