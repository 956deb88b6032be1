/**
 * Why the server ended a session before it expired, as the 401 of that session's next call says
 * (`error.reason`): ended by the same person from another device, by staff at the office, because
 * the login (a service card) that opened it was revoked, because the person deleted their data
 * (the phone then clears its copy too); or it simply ran out.
 */
export const SESSION_END_REASONS = ['endedByUser', 'endedByStaff', 'loginRevoked', 'dataDeleted', 'expired'] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/** Whether a value is a known end reason (a newer server may send others: then the client says nothing more). */
export function isSessionEndReason(value: unknown): value is SessionEndReason {
  return typeof value === 'string' && (SESSION_END_REASONS as readonly string[]).includes(value);
}
