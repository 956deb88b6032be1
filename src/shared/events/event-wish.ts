import type { Actor } from '../member';
import { reject, type Rejection } from '../rejection';

export * from './event-wish-schema';
import type { EventWish } from './event-wish-schema';

/** Decides whether a resident may propose a topic in their community. */
export function checkProposeWish(actor: Actor): Rejection | null {
  return actor.communityIds.includes(actor.communityId) ? null : reject('FORBIDDEN', ['wishId'], 'not in a community');
}

/** Decides a vote: one per person, in the wish's community. Proposing counts as the first vote. */
export function checkVote(actor: Actor, wish: EventWish): Rejection | null {
  if (!actor.communityIds.includes(wish.communityId)) return reject('FORBIDDEN', ['wishId'], 'this wish is not in your community');
  if (wish.voterIds.includes(actor.id)) return reject('ALREADY_VOTED', ['wishId'], 'you have already voted for this');
  return null;
}

/** Wishes ranked for organisers: most votes first, then the oldest. */
export function rankWishes<W extends Pick<EventWish, 'votes' | 'createdAt'>>(wishes: W[]): W[] {
  return [...wishes].sort((a, b) => b.votes - a.votes || a.createdAt.localeCompare(b.createdAt));
}
