import * as v from 'valibot';

/** What a person is in a community; staff covers 社区工作者, 网格员, 食堂管理员 and organisers. */
export const ROLES = ['resident', 'volunteer', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = v.picklist(ROLES);

/** Staff and street-office administrators act for residents and see their community's records. */
export function isStaffRole(role: Role): boolean {
  return role === 'staff' || role === 'admin';
}
