import * as v from 'valibot';
import { idSchema } from './validation';

/** A 社区 under a street office (街道); every synced row belongs to exactly one. */
export const communitySchema = v.object({
  id: idSchema,
  name: v.string(),
  streetOffice: v.string(),
});
export type Community = v.InferOutput<typeof communitySchema>;
