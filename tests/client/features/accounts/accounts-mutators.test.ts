import { describe, expect, it } from 'vitest';
import { mutate } from '../../../../src/client/sync/mutate';
import { pendingRowKeys } from '../../../../src/client/data/sync-queries';
import { RejectionError } from '../../../../src/shared/rejection';
import type { SessionInfo } from '../../../../src/shared/auth';
import { freshDb, me, mother, NOW, session } from '../../sync/fixtures';

const staffSession: SessionInfo = { user: { ...me, id: 'm-staff', name: '赵敏', role: 'staff', householdId: null, phone: '13800000006' }, communityIds: ['c1'] };
const HASH = 'a'.repeat(64);

/** A phone holding the community's members. */
async function phone() {
  const db = freshDb();
  await db.member.bulkPut([me, mother]);
  return db;
}

describe('accounts mutators, offline', () => {
  it('show a card at once as not yet with the community, for staff only', async () => {
    const db = await phone();
    const cardId = crypto.randomUUID();
    await expect(mutate(db, session, 'issueServiceCard', { cardId, memberId: mother.id, tokenHash: HASH }, NOW)).rejects.toBeInstanceOf(RejectionError);
    await mutate(db, staffSession, 'issueServiceCard', { cardId, memberId: mother.id, tokenHash: HASH }, NOW);
    expect(await db.serviceCard.get(cardId)).toMatchObject({ memberId: mother.id, usedAt: null, revokedAt: null, expiresAt: '2026-12-07T02:00:00.000Z' });
    expect((await pendingRowKeys(db)).has(`serviceCard:${cardId}`)).toBe(true);
    await mutate(db, staffSession, 'revokeServiceCard', { cardId }, NOW);
    expect((await db.serviceCard.get(cardId))?.revokedAt).toBe(NOW.toISOString());
    await expect(mutate(db, staffSession, 'revokeServiceCard', { cardId }, NOW)).rejects.toMatchObject({ rejection: { code: 'CARD_ALREADY_REVOKED' } });
  });

  it('show a household request as waiting, with the number masked and no name', async () => {
    const db = await phone();
    const linkId = crypto.randomUUID();
    await mutate(db, session, 'requestHouseholdLink', { linkId, phone: '13800000021' }, NOW);
    expect(await db.householdLink.get(linkId)).toMatchObject({ requesterName: '王芳', parentId: null, parentName: null, phoneHint: '138****0021', status: 'pending' });
    await mutate(db, session, 'answerHouseholdLink', { linkId, accept: false }, NOW);
    expect((await db.householdLink.get(linkId))?.status).toBe('declined');
  });

  it('let staff register a resident without a phone and book for them before the signal returns', async () => {
    const db = await phone();
    const memberId = crypto.randomUUID();
    await expect(mutate(db, session, 'registerResident', { memberId, communityId: 'c1', name: '钱宝根', birthDate: '1936-07-07' }, NOW))
      .rejects.toMatchObject({ rejection: { code: 'FORBIDDEN' } });
    await mutate(db, staffSession, 'registerResident', { memberId, communityId: 'c1', name: '钱宝根', birthDate: '1936-07-07' }, NOW);
    expect(await db.member.get(memberId)).toMatchObject({ name: '钱宝根', hasLogin: false, householdId: `hh-${memberId}`, ageVerified: true });
    await mutate(db, staffSession, 'attachPhone', { memberId, phone: '13612345678' }, NOW);
    expect((await db.member.get(memberId))?.hasLogin).toBe(true);
  });
});
