import { describe, expect, it } from 'vitest';
import type { MutationResult } from '../../../src/shared/sync/protocol';
import { addDays, shanghaiDate } from '../../../src/shared/time';
import { runVisitJob } from '../../../src/server/help/visit-job';
import { writeTransaction } from '../../../src/server/db/write-transaction';
import { upsertVisitSchedule } from '../../../src/server/help/help.repository';
import { DIALECTS, useTestApp } from '../test-database';
import { loginAs, pullAll, push } from '../fixtures';
import { buildHelpCommunity, fileArgs, mutation, type HelpFixture } from './help-fixtures';
import type { TestApp } from '../test-database';

async function statusOf(t: TestApp, id: string): Promise<{ status: string; assignee_id: string | null }> {
  return t.db.selectFrom('help_requests').select(['status', 'assignee_id']).where('id', '=', id).executeTakeFirstOrThrow();
}

async function one(t: TestApp, token: string, name: string, args: unknown): Promise<MutationResult> {
  const { results } = await push(t, token, [mutation(name, args)]);
  return results[0]!;
}

async function fileOpen(t: TestApp, fx: HelpFixture, token: string): Promise<string> {
  const args = fileArgs(fx, fx.elder.id, addDays(shanghaiDate(t.clock.now()), 1));
  expect(await one(t, token, 'fileHelpRequest', args)).toMatchObject({ status: 'applied' });
  return args.requestId;
}

describe.each(DIALECTS)('help on request on %s', (kind) => {
  const t = useTestApp(kind);

  it('enforces the status machine for every role', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 2);
    const [elder, daughter, neighbour, staff, vol0, vol1, outsiderStaff] = (await Promise.all(
      [fx.elder, fx.daughter, fx.neighbour, fx.staff, fx.volunteers[0]!, fx.volunteers[1]!, fx.outsiderStaff].map((p) => loginAs(t, p)),
    )) as [string, string, string, string, string, string, string];
    const id = await fileOpen(t, fx, daughter);
    const r = { requestId: id };
    // a resident neither accepts nor dispatches, nor may a neighbour cancel; other community's staff see nothing
    expect(await one(t, neighbour, 'acceptHelpRequest', r)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await one(t, neighbour, 'cancelHelpRequest', r)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await one(t, elder, 'dispatchHelpRequest', { ...r, volunteerId: fx.volunteers[0]!.id })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await one(t, outsiderStaff, 'dispatchHelpRequest', { ...r, volunteerId: fx.volunteers[0]!.id })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await one(t, vol0, 'startHelpRequest', r)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await one(t, staff, 'dispatchHelpRequest', { ...r, volunteerId: fx.neighbour.id })).toMatchObject({ code: 'NOT_ELIGIBLE' });
    // volunteer accepts; a second volunteer is told it is taken
    expect(await one(t, vol0, 'acceptHelpRequest', r)).toMatchObject({ status: 'applied' });
    expect(await one(t, vol1, 'acceptHelpRequest', r)).toMatchObject({ code: 'ALREADY_TAKEN' });
    expect(await one(t, vol1, 'startHelpRequest', r)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await one(t, vol0, 'finishHelpRequest', { ...r, minutes: 30 })).toMatchObject({ code: 'WRONG_STATUS' });
    expect(await one(t, elder, 'confirmHelpRequest', r)).toMatchObject({ code: 'WRONG_STATUS' });
    // staff reassign, then the new assignee starts; nobody may cancel once started
    expect(await one(t, staff, 'dispatchHelpRequest', { ...r, volunteerId: fx.volunteers[1]!.id })).toMatchObject({ status: 'applied' });
    expect(await one(t, vol0, 'startHelpRequest', r)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await one(t, vol1, 'startHelpRequest', r)).toMatchObject({ status: 'applied' });
    expect(await one(t, elder, 'cancelHelpRequest', r)).toMatchObject({ code: 'WRONG_STATUS' });
    expect(await one(t, vol1, 'noteHelpRequest', { ...r, note: '收据放在门口' })).toMatchObject({ status: 'applied' });
    expect(await one(t, vol1, 'finishHelpRequest', { ...r, minutes: 40 })).toMatchObject({ status: 'applied' });
    expect(await one(t, vol1, 'confirmHelpRequest', r)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await one(t, vol1, 'confirmHelpHours', r)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await one(t, elder, 'confirmHelpRequest', r)).toMatchObject({ status: 'applied' });
    expect(await one(t, staff, 'confirmHelpHours', r)).toMatchObject({ status: 'applied' });
    const row = await t.db.selectFrom('help_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'confirmed', assignee_id: fx.volunteers[1]!.id, minutes: 40, hours_confirmed: 1, thanked: 1 });
    // a resident cancels an open request; staff file for a resident without a phone and cancel it
    const open = await fileOpen(t, fx, elder);
    expect(await one(t, elder, 'cancelHelpRequest', { requestId: open })).toMatchObject({ status: 'applied' });
    expect(await one(t, elder, 'cancelHelpRequest', { requestId: open })).toMatchObject({ code: 'WRONG_STATUS' });
    const forNoPhone = fileArgs(fx, fx.noPhone.id, addDays(shanghaiDate(t.clock.now()), 1), { phone: '' });
    expect(await one(t, neighbour, 'fileHelpRequest', forNoPhone)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await one(t, staff, 'fileHelpRequest', forNoPhone)).toMatchObject({ status: 'applied' });
    expect(await one(t, staff, 'cancelHelpRequest', { requestId: forNoPhone.requestId })).toMatchObject({ status: 'applied' });
    expect((await statusOf(t, forNoPhone.requestId)).status).toBe('cancelled');
  });

  it('gives a request accepted by 20 volunteers at once exactly one owner', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 20);
    const tokens = await Promise.all(fx.volunteers.map((v) => loginAs(t, v)));
    const id = await fileOpen(t, fx, await loginAs(t, fx.elder));
    const results = await Promise.all(tokens.map((token) => one(t, token, 'acceptHelpRequest', { requestId: id })));
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.code === 'ALREADY_TAKEN')).toHaveLength(19);
    const winner = fx.volunteers[results.findIndex((r) => r.status === 'applied')]!;
    expect(await statusOf(t, id)).toEqual({ status: 'accepted', assignee_id: winner.id });
  });

  it('edits service kinds by staff of the community only', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const kind = { kindId: fx.kindId, communityId: fx.communityId, name: '代缴燃气费', icon: 'bill', description: '', isVisit: false, active: true, order: 1 };
    expect(await one(t, await loginAs(t, fx.volunteers[0]!), 'saveServiceKind', kind)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await one(t, await loginAs(t, fx.outsiderStaff), 'saveServiceKind', { ...kind, communityId: fx.outsiderCommunityId })).toMatchObject({ code: 'FORBIDDEN' });
    const staff = await loginAs(t, fx.staff);
    expect(await one(t, staff, 'saveServiceKind', kind)).toMatchObject({ status: 'applied' });
    const seen = await pullAll(t, await loginAs(t, fx.neighbour));
    expect(seen.changes.find((c) => c.id === fx.kindId)).toMatchObject({ op: 'put', row: { name: '代缴燃气费' } });
  });

  it('creates recurring visits for the coming weeks once, however often the job runs', async () => {
    const fx = await buildHelpCommunity(t.db, t.clock.now(), 1);
    const scheduleId = `vs-${fx.communityId}`;
    await writeTransaction(t.db, async (trx) => {
      await upsertVisitSchedule(trx, {
        id: scheduleId, communityId: fx.communityId, residentId: fx.elder.id, householdId: fx.elder.householdId, residentName: fx.elder.name,
        kindId: fx.visitKindId, weekday: 2, fromTime: '09:00', toTime: '10:30', building: '5栋', address: '5栋302', phone: '', active: true,
      });
    });
    // Monday 2026-11-23: the Tuesdays 11-24 and 12-01 fall within the coming two weeks
    const first = await runVisitJob(t.db, t.clock.now());
    const mine = first.created.filter((id) => id.includes(scheduleId));
    expect(mine).toEqual([`visit-${scheduleId}-2026-11-24`, `visit-${scheduleId}-2026-12-01`]);
    const again = await runVisitJob(t.db, t.clock.now());
    expect(again.created.filter((id) => id.includes(scheduleId))).toEqual([]);
    // a week later only the new week's visit is added
    const later = await runVisitJob(t.db, new Date(t.clock.now().getTime() + 7 * 86_400_000));
    expect(later.created.filter((id) => id.includes(scheduleId))).toEqual([`visit-${scheduleId}-2026-12-08`]);
    const rows = await t.db.selectFrom('help_requests').select(['id', 'status', 'visit_schedule_id']).where('visit_schedule_id', '=', scheduleId).execute();
    expect(rows).toHaveLength(3);
    // the elder's household sees them, with the visit's contact
    const seen = await pullAll(t, await loginAs(t, fx.daughter));
    expect(seen.changes.filter((c) => c.entity === 'helpRequest' && c.id.includes(scheduleId))).toHaveLength(3);
  });
});
