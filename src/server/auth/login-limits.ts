/** The limits of logging in by a texted code, shared by the login service and the senders' words. */

/** A login code lives five minutes. */
export const CODE_TTL_SECONDS = 5 * 60;
/** Wrong guesses after which a code is dead (a 6-digit code then has 5 in a million odds). */
export const MAX_CODE_ATTEMPTS = 5;
/** Least time between two codes for one phone. */
export const CODE_RESEND_SECONDS = 30;
/** Most codes per phone in an hour-long window: SMS cost and harassment of the number's owner. */
export const MAX_CODES_PER_HOUR = 10;
/** Sessions last 30 days: elders should not have to log in every week. */
export const SESSION_DAYS = 30;
