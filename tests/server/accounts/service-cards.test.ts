import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../../src/shared/api-error';
import type { ServiceCard } from '../../../src/shared/accounts/service-card';
import { CARD_TTL_DAYS } from '../../../src/shared/accounts/service-card';
import { DIALECTS, useTestApp } from '../test-database';
import { loginAs, pullAll } from '../fixtures';
import { buildHelpCommunity } from '../help/help-fixtures';
import { cardToken, issueCard, outcome, pushOne, putRows, scanCard } from './accounts-fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(DIALECTS)('service cards on %s', (kind) => {
  const t = useTestApp(kind);
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  it('lets staff of the community issue a card, and no one else; the row never carries the token', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const [staff, otherStaff, elder, volunteer] = await Promise.all([fx.staff, fx.outsiderStaff, fx.elder, fx.volunteers[0]!].map((p) => loginAs(t, p)));
    const issue = (token: string, memberId: string) => pushOne(t, token, 'issueServiceCard', { cardId: crypto.randomUUID(), memberId, tokenHash: cardToken().tokenHash });
    expect(outcome(await issue(otherStaff!, fx.noPhone.id))).toBe('FORBIDDEN');
    expect(outcome(await issue(elder!, fx.elder.id))).toBe('FORBIDDEN');
    expect(outcome(await issue(volunteer!, fx.noPhone.id))).toBe('FORBIDDEN');
    // staff accounts are not put on paper
    expect(outcome(await issue(staff!, fx.staff.id))).toBe('FORBIDDEN');
    expect(outcome(await pushOne(t, staff!, 'issueServiceCard', { cardId: crypto.randomUUID(), memberId: fx.noPhone.id, tokenHash: 'not-a-hash' }))).toBe('INVALID');

    const { cardId, token } = await issueCard(t, staff!, fx.noPhone.id);
    const cards = putRows<ServiceCard>((await pullAll(t, staff!)).changes, 'serviceCard');
    expect(cards.map((c) => c.id)).toEqual([cardId]);
    const card = cards[0]!;
    expect(card).toMatchObject({ memberId: fx.noPhone.id, communityId: fx.communityId, usedAt: null, revokedAt: null });
    expect(Date.parse(card.expiresAt) - Date.parse(card.issuedAt)).toBe(CARD_TTL_DAYS * DAY_MS);
    expect(JSON.stringify(cards)).not.toContain(token);
    const stored = await t.db.selectFrom('service_cards').selectAll().where('id', '=', cardId).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(token);
    // another community's staff never receive it
    expect((await pullAll(t, otherStaff!)).changes.some((c) => c.id === cardId)).toBe(false);
  });

  it('logs a phone in once with a card; a second scan is refused as used, an unknown token as unknown', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const staff = await loginAs(t, fx.staff);
    const { cardId, token } = await issueCard(t, staff, fx.noPhone.id);
    const first = await scanCard(t, token);
    expect(first.status).toBe(200);
    expect(first.login?.user).toMatchObject({ id: fx.noPhone.id, name: '吴德福', phone: null });
    expect(String(first.cookie)).toMatch(/sid=.*HttpOnly/);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: as(first.login!.token) });
    expect(me.json<{ user: { id: string } }>().user.id).toBe(fx.noPhone.id);

    const again = await scanCard(t, token, 'someone who found the card');
    expect([again.status, again.error?.code, again.error?.reason]).toEqual([400, 'CARD_INVALID', 'used']);
    const unknown = await scanCard(t, cardToken().token);
    expect([unknown.status, unknown.error?.code, unknown.error?.reason]).toEqual([400, 'CARD_INVALID', 'unknown']);
    const malformed = await t.app.inject({ method: 'POST', url: '/api/auth/card', payload: { token: 'short' } });
    expect([malformed.statusCode, malformed.json<ApiErrorBody>().error.fields[0]?.field]).toEqual([400, 'token']);

    // staff see that it was used
    const card = putRows<ServiceCard>((await pullAll(t, staff)).changes, 'serviceCard').find((c) => c.id === cardId);
    expect(card?.usedAt).toBe(t.clock.now().toISOString());
  });

  it('expires 14 days after it is issued', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const staff = await loginAs(t, fx.staff);
    const late = await issueCard(t, staff, fx.noPhone.id);
    const inTime = await issueCard(t, staff, fx.elder.id);
    t.clock.advance(CARD_TTL_DAYS * DAY_MS - 60_000);
    expect((await scanCard(t, inTime.token)).status).toBe(200);
    t.clock.advance(60_000);
    const expired = await scanCard(t, late.token);
    expect([expired.status, expired.error?.reason]).toEqual([400, 'expired']);
  });

  it('lets exactly one of ten phones scanning one card at once log in', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const staff = await loginAs(t, fx.staff);
    const { token } = await issueCard(t, staff, fx.noPhone.id);
    const scans = await Promise.all(Array.from({ length: 10 }, (_, i) => scanCard(t, token, `phone ${i}`)));
    expect(scans.map((s) => s.status).sort()).toEqual([200, ...Array(9).fill(400)]);
    const sessions = await t.db.selectFrom('sessions').select('id').where('user_id', '=', fx.noPhone.id).execute();
    expect(sessions).toHaveLength(1);
  });

  it('revoked, logs nobody in and ends the sessions it opened, saying why; the person’s other logins stay', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const [staff, otherStaff, elderBySms] = await Promise.all([fx.staff, fx.outsiderStaff, fx.elder].map((p) => loginAs(t, p)));
    const used = await issueCard(t, staff!, fx.elder.id);
    const unused = await issueCard(t, staff!, fx.elder.id);
    const phone = (await scanCard(t, used.token)).login!.token;
    expect((await t.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: as(phone) })).statusCode).toBe(200);

    expect(outcome(await pushOne(t, otherStaff!, 'revokeServiceCard', { cardId: used.cardId }))).toBe('FORBIDDEN');
    expect(outcome(await pushOne(t, elderBySms!, 'revokeServiceCard', { cardId: used.cardId }))).toBe('FORBIDDEN');
    expect(outcome(await pushOne(t, staff!, 'revokeServiceCard', { cardId: used.cardId }))).toBe('applied');
    expect(outcome(await pushOne(t, staff!, 'revokeServiceCard', { cardId: used.cardId }))).toBe('CARD_ALREADY_REVOKED');
    expect(outcome(await pushOne(t, staff!, 'revokeServiceCard', { cardId: unused.cardId }))).toBe('applied');

    const pulled = await t.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0', headers: as(phone) });
    expect([pulled.statusCode, pulled.json<ApiErrorBody>().error.reason]).toEqual([401, 'loginRevoked']);
    const revoked = await scanCard(t, unused.token);
    expect([revoked.status, revoked.error?.reason]).toEqual([400, 'revoked']);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: as(elderBySms!) })).statusCode).toBe(200);
    const cards = putRows<ServiceCard>((await pullAll(t, elderBySms!)).changes, 'serviceCard');
    expect(cards.map((c) => c.revokedAt !== null)).toEqual([true, true]);
  });
});
