import * as v from 'valibot';
import { idSchema } from '../validation';

/** One staff action as the audit log shows it to administrators. */
export interface AuditEntry {
  id: string;
  at: string;
  actorId: string;
  actorName: string;
  communityId: string;
  /** The mutation's name (dispatchHelpRequest, bookMeal, issueServiceCard, setMemberRole …). */
  action: string;
  /** The person the action was about, if any, with their name as it is now. */
  subjectId: string | null;
  subjectName: string | null;
  /** The action's arguments, secrets left out. */
  details: Record<string, unknown>;
}

/** GET /api/accounts/audit reply: newest first; pass `next` as `before` for older ones. */
export interface AuditPage {
  entries: AuditEntry[];
  next: string | null;
}

/** Most entries one page holds. */
export const AUDIT_PAGE_SIZE = 50;

/** GET /api/accounts/audit query. */
export const auditQuerySchema = v.object({
  communityId: idSchema,
  before: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}\|[\w-]{1,64}$/, 'a cursor from a previous page'))),
});

/** The arguments that name the person an action concerns, in the order they are looked for. */
export const SUBJECT_FIELDS = ['memberId', 'dinerId', 'residentId', 'volunteerId'] as const;

/** Arguments never kept in the log: what would let someone act (a card's token hash). */
export const SECRET_FIELDS = ['tokenHash'] as const;
