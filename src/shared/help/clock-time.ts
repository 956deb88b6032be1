import * as v from 'valibot';

/** A clock time HH:MM. Its own file: the mutations' schemas need it on the first screen, the request's rules do not. */
export const clockTimeSchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM'));
