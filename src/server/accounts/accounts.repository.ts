import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ServiceCard } from '../../shared/accounts/service-card';
import { HOUSEHOLD_LINK_STATUSES, type HouseholdLink } from '../../shared/accounts/household-link';
import type { SessionEndReason } from '../../shared/session-end';
import type { Database } from '../db/schema';
import type { ServiceCardTable } from './accounts.table';

type Db = Kysely<Database> | Transaction<Database>;

/** Maps a service_cards row to the synced card (the token's hash stays on the server). */
function toServiceCard(row: Selectable<ServiceCardTable>): ServiceCard {
  return {
    id: row.id, memberId: row.member_id, communityId: row.community_id, issuedById: row.issued_by_id,
    issuedAt: row.issued_at, expiresAt: row.expires_at, usedAt: row.used_at, revokedAt: row.revoked_at,
  };
}

/** Loads cards by id. */
export async function findServiceCards(db: Db, ids: readonly string[]): Promise<ServiceCard[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('service_cards').selectAll().where('id', 'in', ids).execute()).map(toServiceCard);
}

/** One card by id, or undefined. */
export async function findServiceCard(db: Db, id: string): Promise<ServiceCard | undefined> {
  return (await findServiceCards(db, [id]))[0];
}

/** Whether a card id or token hash is taken already. */
export async function isCardTaken(db: Db, id: string, tokenHash: string): Promise<boolean> {
  const row = await db.selectFrom('service_cards').select('id')
    .where((eb) => eb.or([eb('id', '=', id), eb('token_hash', '=', tokenHash)])).executeTakeFirst();
  return row !== undefined;
}

/** Stores a newly issued card with its token's hash. */
export async function insertServiceCard(db: Db, card: ServiceCard, tokenHash: string): Promise<void> {
  await db.insertInto('service_cards').values({
    id: card.id, member_id: card.memberId, community_id: card.communityId, token_hash: tokenHash, issued_by_id: card.issuedById,
    issued_at: card.issuedAt, expires_at: card.expiresAt, used_at: null, revoked_at: null,
  }).execute();
}

/**
 * Spends the card with this token hash, in the one statement that checks it is unused, unrevoked
 * and unexpired: two phones scanning one card at once cannot both log in.
 */
export async function spendCard(db: Db, tokenHash: string, at: string): Promise<ServiceCard | undefined> {
  const row = await db.updateTable('service_cards').set({ used_at: at })
    .where('token_hash', '=', tokenHash).where('used_at', 'is', null).where('revoked_at', 'is', null).where('expires_at', '>', at)
    .returningAll().executeTakeFirst();
  return row && toServiceCard(row);
}

/** The card with this token hash, whatever its state (to say why it did not log in). */
export async function findCardByTokenHash(db: Db, tokenHash: string): Promise<ServiceCard | undefined> {
  const row = await db.selectFrom('service_cards').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && toServiceCard(row);
}

/** Marks a card revoked. */
export async function markCardRevoked(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('service_cards').set({ revoked_at: at }).where('id', '=', id).execute();
}

/** Notes which card opened a session. */
export async function setSessionCard(db: Db, sessionId: string, cardId: string): Promise<void> {
  await db.updateTable('sessions').set({ card_id: cardId }).where('id', '=', sessionId).execute();
}

/** Ends every live session a card opened; returns how many. */
export async function endCardSessions(db: Db, cardId: string, at: string, reason: SessionEndReason): Promise<number> {
  const result = await db.updateTable('sessions').set({ ended_at: at, end_reason: reason })
    .where('card_id', '=', cardId).where('ended_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Loads household links by id, with the names of both people. */
export async function findHouseholdLinks(db: Db, ids: readonly string[]): Promise<HouseholdLink[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('household_links as l')
    .innerJoin('users as r', 'r.id', 'l.requester_id')
    .leftJoin('users as p', 'p.id', 'l.parent_id')
    .select(['l.id', 'l.requester_id', 'r.name as requester_name', 'l.parent_id', 'p.name as parent_name', 'l.phone_hint',
      'l.community_id', 'l.status', 'l.created_at', 'l.answered_at'])
    .where('l.id', 'in', ids).execute();
  return rows.map((row) => ({
    id: row.id, requesterId: row.requester_id, requesterName: row.requester_name, parentId: row.parent_id,
    parentName: row.parent_name ?? null, phoneHint: row.phone_hint, communityId: row.community_id,
    status: HOUSEHOLD_LINK_STATUSES.find((s) => s === row.status) ?? 'pending', createdAt: row.created_at, answeredAt: row.answered_at,
  }));
}

/** One link by id, or undefined. */
export async function findHouseholdLink(db: Db, id: string): Promise<HouseholdLink | undefined> {
  return (await findHouseholdLinks(db, [id]))[0];
}

/** Stores a new request. */
export async function insertHouseholdLink(db: Db, link: HouseholdLink): Promise<void> {
  await db.insertInto('household_links').values({
    id: link.id, requester_id: link.requesterId, parent_id: link.parentId, phone_hint: link.phoneHint, community_id: link.communityId,
    status: link.status, created_at: link.createdAt, answered_at: null, answered_by_id: null,
  }).execute();
}

/** Records an answer. */
export async function answerHouseholdLinkRow(db: Db, id: string, status: string, at: string, byId: string): Promise<void> {
  await db.updateTable('household_links').set({ status, answered_at: at, answered_by_id: byId }).where('id', '=', id).execute();
}
