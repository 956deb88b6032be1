import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AUDIT_PAGE_SIZE, SECRET_FIELDS, SUBJECT_FIELDS, type AuditPage } from '../../shared/accounts/audit';
import { actorFor, type Actor } from '../../shared/member';
import { isStaffRole } from '../../shared/role';
import type { Database } from '../db/schema';
import { ApiError } from '../http/api-error';
import type { MutationObserver } from '../sync/mutation-context';

/**
 * Writes every action staff or an administrator take as staff (the service judged them so) to the
 * audit log, in the action's own transaction: dispatching, booking for an elder, checking in,
 * menus and prices, cards, roles. Residents' own acts are not staff actions and are not logged.
 */
export const recordStaffAction: MutationObserver = async ({ trx, actor, now }, applied) => {
  if (!isStaffRole(actor.role)) return;
  const args = (typeof applied.args === 'object' && applied.args !== null ? applied.args : {}) as Record<string, unknown>;
  const details = Object.fromEntries(Object.entries(args).filter(([key]) => !(SECRET_FIELDS as readonly string[]).includes(key)));
  const subject = SUBJECT_FIELDS.map((field) => args[field]).find((value): value is string => typeof value === 'string') ?? null;
  const me = await trx.selectFrom('users').select('name').where('id', '=', actor.id).executeTakeFirst();
  const { version } = await trx.selectFrom('sync_state').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
  await trx.insertInto('audit_entries').values({
    id: randomUUID(), at: now.toISOString(), seq: Number(version), actor_id: actor.id, actor_name: me?.name ?? '',
    community_id: applied.communityIds[0] ?? actor.communityId, action: applied.name, subject_id: subject,
    details: JSON.stringify(details),
  }).execute();
};

/** Clears what an entry's details said about a person who deleted their data (the act itself stays). */
export async function forgetInAudit(db: Kysely<Database> | import('kysely').Transaction<Database>, memberId: string): Promise<void> {
  await db.updateTable('audit_entries').set({ details: '{}' }).where('subject_id', '=', memberId).execute();
}

/**
 * One page of a community's audit log, newest first, for an administrator of its street office
 * (403 FORBIDDEN for anyone else). `before` is the `next` of the page before.
 */
export async function auditPage(db: Kysely<Database>, viewer: Actor, communityId: string, before?: string): Promise<AuditPage> {
  const asAdmin = actorFor(viewer, 'accounts');
  if (asAdmin.role !== 'admin' || !asAdmin.communityIds.includes(communityId)) {
    throw new ApiError(403, 'FORBIDDEN', 'only an administrator of the street office reads its audit log');
  }
  let query = db.selectFrom('audit_entries as a').leftJoin('users as s', 's.id', 'a.subject_id')
    .select(['a.id', 'a.at', 'a.seq', 'a.actor_id', 'a.actor_name', 'a.community_id', 'a.action', 'a.subject_id', 's.name as subject_name', 'a.details'])
    .where('a.community_id', '=', communityId);
  if (before) {
    const [seqText = '0', id = ''] = before.split('|');
    const seq = Number(seqText);
    query = query.where((eb) => eb.or([eb('a.seq', '<', seq), eb.and([eb('a.seq', '=', seq), eb('a.id', '<', id)])]));
  }
  const rows = await query.orderBy('a.seq', 'desc').orderBy('a.id', 'desc').limit(AUDIT_PAGE_SIZE + 1).execute();
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  return {
    entries: page.map((r) => ({
      id: r.id, at: r.at, actorId: r.actor_id, actorName: r.actor_name, communityId: r.community_id, action: r.action,
      subjectId: r.subject_id, subjectName: r.subject_name ?? null, details: JSON.parse(r.details) as Record<string, unknown>,
    })),
    next: rows.length > AUDIT_PAGE_SIZE && last ? `${Number(last.seq)}|${last.id}` : null,
  };
}
