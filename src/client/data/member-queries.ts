/** Reads of people (core): who I may act for. Local only; works offline. */
import type { AppDb } from './db';
import type { SessionInfo } from '../../shared/auth';
import type { Member } from '../../shared/member';

/** Me and the members of my household (me first), the people I may book for. */
export async function listHouseholdMembers(db: AppDb, session: SessionInfo): Promise<Member[]> {
  const { id, householdId } = session.user;
  const members = householdId === null ? [] : await db.member.where('householdId').equals(householdId).toArray();
  const me = members.find((m) => m.id === id) ?? (await db.member.get(id)) ?? session.user;
  const others = members.filter((m) => m.id !== id).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return [me, ...others];
}
