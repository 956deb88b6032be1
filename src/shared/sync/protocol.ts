import * as v from 'valibot';
import { idSchema, instantSchema } from '../validation';
import type { RejectionCode } from '../rejection';
import { ENTITY_NAMES, type EntityName } from './entities';

/** Most mutations one push may carry; a client with more sends several pushes. */
export const MAX_PUSH_BATCH = 100;
/** Most changes one pull page returns. */
export const PULL_PAGE_SIZE = 500;

/**
 * A queued mutation as it travels: its client-made id makes it idempotent. name and args are
 * checked per mutation by the server, so one bad mutation does not fail the batch.
 */
export const mutationSchema = v.object({
  id: v.pipe(v.string(), v.uuid()),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  args: v.unknown(),
  createdAt: instantSchema,
});
export type Mutation = v.InferOutput<typeof mutationSchema>;

/** POST /api/sync/push body. */
export const pushRequestSchema = v.object({
  clientId: idSchema,
  mutations: v.pipe(v.array(mutationSchema), v.maxLength(MAX_PUSH_BATCH)),
});
export type PushRequest = v.InferOutput<typeof pushRequestSchema>;

/** The server's answer to one mutation; a replay returns the stored answer. */
export type MutationResult =
  | { id: string; status: 'applied' }
  | {
    id: string; status: 'rejected'; code: RejectionCode; fields: string[]; message: string;
    /** Facts for the client to render (e.g. who checked a ticket in, and when). */
    detail?: Record<string, string>;
  };

/** POST /api/sync/push reply, one result per mutation in the order sent. */
export interface PushResponse {
  results: MutationResult[];
}

/** One row change since a cursor: the row's current state as the user may see it, or its removal. */
export type Change =
  | { entity: EntityName; id: string; op: 'put'; row: Record<string, unknown> }
  | { entity: EntityName; id: string; op: 'del' };

/** GET /api/sync/pull?cursor= reply. Pull again with `cursor` while `hasMore`. */
export interface PullResponse {
  cursor: string;
  hasMore: boolean;
  changes: Change[];
  /**
   * What the user may see changed since the cursor was made (moved to another community, no
   * longer staff): the changes start over from nothing, and the client drops every synced row it
   * holds before applying them (its queue stays), so nothing they may no longer see stays behind.
   */
  reset?: true;
}

/** Cursor of a client that has pulled nothing yet. */
export const INITIAL_CURSOR = '0';

/**
 * A cursor is the decimal change version the client has seen up to, and after a dot the key of
 * the scope it was pulled for (opaque to clients); a bare version is taken as an unknown scope.
 */
export const cursorSchema = v.pipe(v.string(), v.regex(/^\d{1,15}(\.[A-Za-z0-9_-]{1,43})?$/));

/** The change version of a well-formed cursor. */
export function cursorVersion(cursor: string): number {
  return Number(cursor.split('.', 1)[0]);
}

/** Event name of the SSE message that tells a client to pull. */
export const POKE_EVENT = 'poke';

export const entityNameSchema = v.picklist(ENTITY_NAMES as [EntityName, ...EntityName[]]);
