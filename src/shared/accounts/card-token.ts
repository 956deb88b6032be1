import * as v from 'valibot';

// The card's secret as it travels: kept apart from the card's row schema and rules, since the
// mutation schemas (loaded with the first screen) need only the hash's.

/** The secret of a card link: 32 random bytes, base64url, 43 characters. */
export const cardTokenSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/, 'a card token of 43 base64url characters'));
/** The SHA-256 of a card token, as lowercase hex. */
export const cardTokenHashSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a SHA-256 as 64 lowercase hex digits'));
