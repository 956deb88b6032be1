import * as v from 'valibot';
import type { Actor, Member } from '../member';
import { reject, type Rejection } from '../rejection';
import { isStaffRole } from '../role';
import { idSchema, instantSchema } from '../validation';
import { cardTokenSchema } from './card-token';

/**
 * A service card (党群爱心联系服务卡): staff print it for an elder, and scanning its QR code with a
 * phone's camera logs that phone in as the elder, once. The printed link holds a secret token; only
 * its SHA-256 (`tokenHash`) ever reaches the server or this row.
 */
export const serviceCardSchema = v.object({
  id: idSchema,
  memberId: idSchema,
  communityId: idSchema,
  issuedById: idSchema,
  issuedAt: instantSchema,
  expiresAt: instantSchema,
  /** When a phone logged in with it; a card works once. */
  usedAt: v.nullable(instantSchema),
  /** When staff revoked it, ending every session it opened. */
  revokedAt: v.nullable(instantSchema),
});
export type ServiceCard = v.InferOutput<typeof serviceCardSchema>;

/**
 * How long a printed card logs a phone in: 14 days. A card is printed at the office and handed
 * over at a visit (敲门行动 comes weekly), so two weeks leave room for one missed visit. It is paper
 * that lies on a table, gets photographed or thrown away: after two weeks a lost card unlocks
 * nothing, and staff print a fresh one in a minute.
 */
export const CARD_TTL_DAYS = 14;


/** POST /api/auth/card body. */
export const cardLoginSchema = v.object({ token: cardTokenSchema });

/** What a card can still do: log a phone in (ready), or nothing any more, and why. */
export type CardStatus = 'ready' | 'used' | 'revoked' | 'expired';

/** Why POST /api/auth/card did not log in (CARD_INVALID's reason); unknown covers a card not yet sent from the printing phone. */
export type CardFailure = Exclude<CardStatus, 'ready'> | 'unknown';

/** A card's status at an instant: revoked wins, then used, then expired. */
export function cardStatus(card: Pick<ServiceCard, 'usedAt' | 'revokedAt' | 'expiresAt'>, now: Date): CardStatus {
  if (card.revokedAt !== null) return 'revoked';
  if (card.usedAt !== null) return 'used';
  return Date.parse(card.expiresAt) <= now.getTime() ? 'expired' : 'ready';
}

/**
 * Staff of the person's community issue cards, for residents and volunteers only: a card for a
 * staff account would put a staff login on paper.
 */
export function checkIssueCard(actor: Actor, member: Pick<Member, 'communityId' | 'role'>): Rejection | null {
  if (!isStaffRole(actor.role) || !actor.communityIds.includes(member.communityId)) {
    return reject('FORBIDDEN', ['memberId'], 'only staff of this person’s community may issue their card');
  }
  if (isStaffRole(member.role)) return reject('FORBIDDEN', ['memberId'], 'staff and administrators log in with their phone number, not a card');
  return null;
}

/** Staff of the card's community may revoke it, once. */
export function checkRevokeCard(actor: Actor, card: Pick<ServiceCard, 'communityId' | 'revokedAt'>): Rejection | null {
  if (!isStaffRole(actor.role) || !actor.communityIds.includes(card.communityId)) {
    return reject('FORBIDDEN', ['cardId'], 'only staff of the card’s community may revoke it');
  }
  if (card.revokedAt !== null) return reject('CARD_ALREADY_REVOKED', ['cardId'], 'this card was revoked already');
  return null;
}

/** The card row an issue makes, identical on the printing phone and the server. */
export function makeServiceCard(actor: Actor, member: Pick<Member, 'id' | 'communityId'>, cardId: string, now: Date): ServiceCard {
  return {
    id: cardId, memberId: member.id, communityId: member.communityId, issuedById: actor.id, issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + CARD_TTL_DAYS * 24 * 60 * 60 * 1000).toISOString(), usedAt: null, revokedAt: null,
  };
}
