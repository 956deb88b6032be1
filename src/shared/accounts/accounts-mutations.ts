import * as v from 'valibot';
import { phoneSchema } from '../auth';
import { roleSchema } from '../role';
import { dateSchema, idSchema, textSchema, uuidSchema } from '../validation';
import { cardTokenHashSchema } from './card-token';

/** Accounts' mutations with the schema of their arguments. */
export const accountsMutations = {
  /**
   * Staff: issue a service card for a resident. The printing phone makes the token and sends only
   * its hash, so the card can be printed without signal and the secret exists only on paper.
   */
  issueServiceCard: v.object({ cardId: uuidSchema, memberId: idSchema, tokenHash: cardTokenHashSchema }),
  /** Staff: revoke a card; every session it opened ends at its phone's next call. */
  revokeServiceCard: v.object({ cardId: idSchema }),
  /** An adult child asks to link a parent, by the parent's phone number. */
  requestHouseholdLink: v.object({ linkId: uuidSchema, phone: phoneSchema }),
  /** The parent or staff accept or decline; the requester may withdraw (accept false). */
  answerHouseholdLink: v.object({ linkId: idSchema, accept: v.boolean() }),
  /** Staff: register a resident who has no phone, in a household of their own. */
  registerResident: v.object({
    memberId: uuidSchema,
    communityId: idSchema,
    name: v.pipe(textSchema, v.trim(), v.minLength(1), v.maxLength(20)),
    birthDate: v.nullable(dateSchema),
  }),
  /** Staff: attach a phone number to a resident, who can then log in with a texted code. */
  attachPhone: v.object({ memberId: idSchema, phone: phoneSchema }),
  /** An administrator (any role) or staff (resident or volunteer): change a person's role, staff optionally limited to one service. */
  setMemberRole: v.object({ memberId: idSchema, role: roleSchema, staffOf: v.nullable(v.pipe(textSchema, v.minLength(1), v.maxLength(20))) }),
} as const;
