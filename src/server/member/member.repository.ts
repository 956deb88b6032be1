import type { Kysely, Selectable, Transaction } from 'kysely';
import * as v from 'valibot';
import type { Member } from '../../shared/member';
import { roleSchema, type Role } from '../../shared/role';
import type { Database } from '../db/schema';
import type { UserTable } from './member.table';

type Db = Kysely<Database> | Transaction<Database>;

/** A member with the phone number, which only its owner ever receives. */
export type MemberWithPhone = Member & { phone: string | null };

/** Maps a users row to the shared Member, leaving the phone number out. */
export function toMember(row: Selectable<UserTable>): Member {
  return {
    id: row.id,
    communityId: row.community_id,
    householdId: row.household_id,
    name: row.name,
    role: v.parse(roleSchema, row.role),
    birthDate: row.birth_date,
    ageVerified: row.age_verified === 1,
    groups: JSON.parse(row.groups) as string[],
    hasLogin: row.phone !== null,
    ...(row.staff_of ? { staffOf: row.staff_of } : {}),
  };
}

/** Loads one member by id, or undefined. */
export async function findMember(db: Db, id: string): Promise<Member | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toMember(row);
}

/** Loads one member with phone by id (for the member's own session). */
export async function findMemberWithPhone(db: Db, id: string): Promise<MemberWithPhone | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { ...toMember(row), phone: row.phone };
}

/** Finds the user id registered under a phone number. */
export async function findUserIdByPhone(db: Db, phone: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('id').where('phone', '=', phone).executeTakeFirst();
  return row?.id;
}

/** Loads members by id. */
export async function findMembers(db: Db, ids: readonly string[]): Promise<Member[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('users').selectAll().where('id', 'in', ids).execute();
  return rows.map(toMember);
}

/** Inserts a person (seed, fixtures, and staff registering a resident). */
export async function insertMember(db: Db, m: Omit<Member, 'hasLogin'> & { phone: string | null }, createdAt: string): Promise<void> {
  await db.insertInto('users').values({
    id: m.id, community_id: m.communityId, household_id: m.householdId, name: m.name, phone: m.phone, role: m.role,
    birth_date: m.birthDate, age_verified: m.ageVerified ? 1 : 0, groups: JSON.stringify(m.groups), created_at: createdAt,
    staff_of: m.staffOf ?? null,
  }).execute();
}

/** Sets a person's phone number (staff attach one to a resident registered without). */
export async function setMemberPhone(db: Db, id: string, phone: string): Promise<void> {
  await db.updateTable('users').set({ phone }).where('id', '=', id).execute();
}

/** Sets a person's role and the one service a staff member is limited to (null: all). */
export async function setMemberRole(db: Db, id: string, role: Role, staffOf: string | null): Promise<void> {
  await db.updateTable('users').set({ role, staff_of: staffOf }).where('id', '=', id).execute();
}
