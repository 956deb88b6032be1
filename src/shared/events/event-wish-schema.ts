import * as v from 'valibot';
import { idSchema, instantSchema } from '../validation';

// The wish row's schema, apart from its rules so the first screen's code carries only the schema.

/**
 * A topic residents want an event about (反馈学习需求), with its votes. voterIds reaches a client
 * trimmed to at most the viewer's own id, so nobody learns who else voted.
 */
export const eventWishSchema = v.object({
  id: idSchema,
  communityId: idSchema,
  topic: v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(60)),
  proposedById: idSchema,
  votes: v.pipe(v.number(), v.integer(), v.minValue(0)),
  voterIds: v.array(idSchema),
  createdAt: instantSchema,
});
export type EventWish = v.InferOutput<typeof eventWishSchema>;
