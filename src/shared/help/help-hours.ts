import type { HelpRequest } from './help-request';
import { shanghaiDate, shanghaiInstant } from '../time';

/**
 * Service hours count in half-hour steps, as Chinese volunteer platforms (志愿汇, 志愿中国)
 * count them: each task's minutes round UP to the next half hour (1–30 min = 0.5 h,
 * 31–60 min = 1 h, 61 min = 1.5 h). Kept in whole half-hours so sums never drift.
 */
export function halfHoursOf(minutes: number | null): number {
  return minutes === null || minutes <= 0 ? 0 : Math.ceil(minutes / 30);
}

/** The done (or confirmed) tasks of a volunteer, newest first. */
export function doneTasksOf(requests: readonly HelpRequest[], volunteerId: string): HelpRequest[] {
  return requests
    .filter((r) => r.assigneeId === volunteerId && (r.status === 'done' || r.status === 'confirmed'))
    .sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? ''));
}

/** A volunteer's hours: all of them, and those staff have confirmed. */
export function serviceHours(requests: readonly HelpRequest[], volunteerId: string): { hours: number; confirmedHours: number } {
  const done = doneTasksOf(requests, volunteerId);
  const half = (list: HelpRequest[]) => list.reduce((sum, r) => sum + halfHoursOf(r.minutes), 0) / 2;
  return { hours: half(done), confirmedHours: half(done.filter((r) => r.hoursConfirmed)) };
}

/** Hours per volunteer per month (YYYY-MM, Asia/Shanghai, by the day the task was done). */
export function hoursByVolunteerMonth(requests: readonly HelpRequest[]): { volunteerId: string; name: string; month: string; hours: number }[] {
  const sums = new Map<string, { volunteerId: string; name: string; month: string; half: number }>();
  for (const r of requests) {
    if ((r.status !== 'done' && r.status !== 'confirmed') || r.assigneeId === null || r.doneAt === null) continue;
    const month = shanghaiDate(new Date(r.doneAt)).slice(0, 7);
    const key = `${r.assigneeId}:${month}`;
    const entry = sums.get(key) ?? { volunteerId: r.assigneeId, name: r.assigneeName ?? '', month, half: 0 };
    entry.half += halfHoursOf(r.minutes);
    sums.set(key, entry);
  }
  return [...sums.values()]
    .map(({ half, ...rest }) => ({ ...rest, hours: half / 2 }))
    .sort((a, b) => b.month.localeCompare(a.month) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** A request nobody took within this long is overdue (the office calls a volunteer). */
export const TAKE_WITHIN_MS = 4 * 60 * 60 * 1000;

/** Why a request is overdue: not taken in time, or its window passed before it was done. */
export type OverdueReason = 'notTaken' | 'pastWindow';

/** Whether and why a request is overdue at an instant. A missed visit is one past its window. */
export function overdueReason(r: HelpRequest, now: Date): OverdueReason | null {
  if (!['submitted', 'accepted', 'started'].includes(r.status)) return null;
  if (now.getTime() >= shanghaiInstant(r.date, r.toTime).getTime()) return 'pastWindow';
  if (r.status === 'submitted' && now.getTime() - Date.parse(r.createdAt) >= TAKE_WITHIN_MS) return 'notTaken';
  return null;
}

/** Counts of requests per status and per kind, for the office. */
export function countRequests(requests: readonly HelpRequest[]): { byStatus: Map<string, number>; byKind: Map<string, number> } {
  const byStatus = new Map<string, number>();
  const byKind = new Map<string, number>();
  for (const r of requests) {
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    byKind.set(r.kindId, (byKind.get(r.kindId) ?? 0) + 1);
  }
  return { byStatus, byKind };
}

/** Open requests nearest time first: the volunteers' board order. */
export function byWindow(a: Pick<HelpRequest, 'date' | 'fromTime'>, b: Pick<HelpRequest, 'date' | 'fromTime'>): number {
  return a.date.localeCompare(b.date) || a.fromTime.localeCompare(b.fromTime);
}
