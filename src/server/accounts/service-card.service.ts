import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
  checkIssueCard, checkRevokeCard, makeServiceCard, type CardFailure, type ServiceCard,
} from '../../shared/accounts/service-card';
import type { LoginResponse } from '../../shared/auth';
import { RejectionError, refuse } from '../../shared/rejection';
import type { Database } from '../db/schema';
import { writeTransaction, type ChangeRecorder } from '../db/write-transaction';
import { ApiError } from '../http/api-error';
import { openSession } from '../auth/login.service';
import { loadSessionInfo } from '../auth/session.service';
import { findMember } from '../member/member.repository';
import type { MutationHandler } from '../sync/mutation-context';
import type { PokeHub } from '../sync/poke-hub';
import {
  endCardSessions, findCardByTokenHash, findServiceCard, insertServiceCard, isCardTaken, markCardRevoked, setSessionCard, spendCard,
} from './accounts.repository';

/** The stored form of a card token: its SHA-256, as the printing phone computed it. */
export function hashCardToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Records a card as changed for its holder, their household and their community's staff. */
async function recordCard(trx: Transaction<Database>, record: ChangeRecorder, card: ServiceCard): Promise<void> {
  const holder = await findMember(trx, card.memberId);
  await record(trx, { entity: 'serviceCard', id: card.id, communityId: card.communityId, householdId: holder?.householdId ?? null, ownerId: card.memberId });
}

/** Staff issue a card; the printing phone made the token and sends only its hash. */
export const issueServiceCard: MutationHandler<'issueServiceCard'> = async ({ trx, recordChange, actor, now }, args) => {
  const member = (await findMember(trx, args.memberId)) ?? refuse('NOT_FOUND', ['memberId'], 'no such person');
  const refusal = checkIssueCard(actor, member);
  if (refusal) throw new RejectionError(refusal);
  if (await isCardTaken(trx, args.cardId, args.tokenHash)) refuse('INVALID', ['cardId'], 'this card id or token is used already');
  const card = makeServiceCard(actor, member, args.cardId, now);
  await insertServiceCard(trx, card, args.tokenHash);
  await recordCard(trx, recordChange, card);
};

/** Staff revoke a card: it logs no one in any more, and every session it opened ends now. */
export const revokeServiceCard: MutationHandler<'revokeServiceCard'> = async ({ trx, recordChange, actor, now }, args) => {
  const card = (await findServiceCard(trx, args.cardId)) ?? refuse('NOT_FOUND', ['cardId'], 'no such card');
  const refusal = checkRevokeCard(actor, card);
  if (refusal) throw new RejectionError(refusal);
  const at = now.toISOString();
  await markCardRevoked(trx, card.id, at);
  await endCardSessions(trx, card.id, at, 'loginRevoked');
  await recordCard(trx, recordChange, { ...card, revokedAt: at });
};

/** What logging in with a card needs. */
export interface CardLoginDeps {
  db: Kysely<Database>;
  now: () => Date;
  pokeHub: PokeHub;
}

/** Why a token did not log in, for CARD_INVALID's reason. */
async function whyCardFailed(db: Kysely<Database>, tokenHash: string, now: Date): Promise<CardFailure> {
  const card = await findCardByTokenHash(db, tokenHash);
  if (!card) return 'unknown';
  if (card.revokedAt !== null) return 'revoked';
  if (card.usedAt !== null) return 'used';
  return Date.parse(card.expiresAt) <= now.getTime() ? 'expired' : 'unknown';
}

/**
 * Logs a phone in with the token of a scanned card: spends the card and opens a session tied to it
 * (revoking the card ends it), in one transaction. 400 CARD_INVALID with the reason otherwise.
 */
export async function logInWithCard(deps: CardLoginDeps, token: string, device: string | null): Promise<LoginResponse> {
  const now = deps.now();
  const tokenHash = hashCardToken(token);
  const { value, communityIds } = await writeTransaction(deps.db, async (trx, record) => {
    const card = await spendCard(trx, tokenHash, now.toISOString());
    if (!card) return null;
    const session = await openSession(trx, { userId: card.memberId, device, now });
    await setSessionCard(trx, session.sessionId, card.id);
    await recordCard(trx, record, card);
    return { card, token: session.token };
  });
  if (!value) {
    const reason = await whyCardFailed(deps.db, tokenHash, now);
    throw new ApiError(400, 'CARD_INVALID', `this card cannot log in (${reason})`, [], { reason });
  }
  deps.pokeHub.poke(communityIds);
  const info = await loadSessionInfo(deps.db, value.card.memberId);
  if (!info) throw new ApiError(400, 'CARD_INVALID', 'this card cannot log in (unknown)', [], { reason: 'unknown' });
  return { ...info, token: value.token };
}
