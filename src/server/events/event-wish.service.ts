import { checkProposeWish, checkVote } from '../../shared/events/event-wish';
import { RejectionError, refuse } from '../../shared/rejection';
import type { MutationHandler } from '../sync/mutation-context';
import { findEventWishes, insertEventWish, insertEventWishVote } from './event.repository';

/** A resident proposes a topic; proposing is their own first vote. */
export const proposeEventWish: MutationHandler<'proposeEventWish'> = async ({ trx, recordChange, actor, now }, args) => {
  const refusal = checkProposeWish(actor);
  if (refusal) throw new RejectionError(refusal);
  if ((await findEventWishes(trx, [args.wishId])).length > 0) refuse('INVALID', ['wishId'], 'this wish id is already used');
  const at = now.toISOString();
  await insertEventWish(trx, { id: args.wishId, communityId: actor.communityId, topic: args.topic, proposedById: actor.id, createdAt: at });
  await insertEventWishVote(trx, args.wishId, actor.id, at);
  await recordChange(trx, { entity: 'eventWish', id: args.wishId, communityId: actor.communityId, householdId: null, ownerId: null });
};

/** One vote per person: the shared checkVote decides, and the primary key backs it. */
export const voteEventWish: MutationHandler<'voteEventWish'> = async ({ trx, recordChange, actor, now }, args) => {
  const [wish] = await findEventWishes(trx, [args.wishId]);
  if (!wish) refuse('NOT_FOUND', ['wishId'], 'no such wish');
  const refusal = checkVote(actor, wish);
  if (refusal) throw new RejectionError(refusal);
  await insertEventWishVote(trx, wish.id, actor.id, now.toISOString());
  await recordChange(trx, { entity: 'eventWish', id: wish.id, communityId: wish.communityId, householdId: null, ownerId: null });
};
