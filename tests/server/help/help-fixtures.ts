import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Member } from '../../../src/shared/member';
import type { Mutation } from '../../../src/shared/sync/protocol';
import type { Database } from '../../../src/server/db/schema';
import { writeTransaction } from '../../../src/server/db/write-transaction';
import { SeedWriter } from '../../../src/server/demo/seed-writer';
import { upsertServiceKind } from '../../../src/server/help/help.repository';
import { buildCommunity, type CommunityFixture } from '../fixtures';

type Person = Omit<Member, 'hasLogin'> & { phone: string | null };

/** A community fixture with volunteers, a phoneless elder, an outsider staff and service kinds. */
export interface HelpFixture extends CommunityFixture {
  volunteers: Person[];
  noPhone: Person;
  outsiderStaff: Person;
  kindId: string;
  visitKindId: string;
}

function phone(): string {
  return `137${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
}

/** buildCommunity plus 20 volunteers, a resident without a phone, staff of the other community and two kinds. */
export async function buildHelpCommunity(db: Kysely<Database>, now: Date, volunteers = 20): Promise<HelpFixture> {
  const fx = await buildCommunity(db, now);
  const k = fx.communityId;
  const base = { birthDate: null, ageVerified: false, groups: [] as string[] };
  const help: HelpFixture = {
    ...fx,
    volunteers: Array.from({ length: volunteers }, (_, i) => ({
      ...base, id: `vol${i}-${k}`, communityId: k, householdId: null, name: `志愿者${i}`, role: 'volunteer' as const, phone: phone(),
    })),
    noPhone: { ...base, id: `nophone-${k}`, communityId: k, householdId: `hh4-${k}`, name: '吴德福', role: 'resident', phone: null },
    outsiderStaff: { ...base, id: `ostaff-${k}`, communityId: fx.outsiderCommunityId, householdId: null, name: '周丽', role: 'staff', phone: phone() },
    kindId: `sk-${k}-bill`,
    visitKindId: `sk-${k}-visit`,
  };
  await writeTransaction(db, async (trx, record) => {
    const w = new SeedWriter(trx, record, now.toISOString());
    await w.household(`hh4-${k}`, k, '吴家');
    for (const p of [...help.volunteers, help.noPhone, help.outsiderStaff]) await w.member(p);
    for (const [id, name, isVisit] of [[help.kindId, '代缴水电费', false], [help.visitKindId, '上门探访', true]] as const) {
      await upsertServiceKind(trx, { id, communityId: k, name, icon: isVisit ? 'visit' : 'bill', description: '', isVisit, active: true, order: 0 });
      await record(trx, { entity: 'serviceKind', id, communityId: k, householdId: null, ownerId: null });
    }
  });
  return help;
}

/** A mutation with a fresh id. */
export function mutation(name: string, args: unknown): Mutation {
  return { id: randomUUID(), name, args, createdAt: new Date().toISOString() };
}

/** fileHelpRequest args for a resident, tomorrow 09:00–11:00 in 3栋, with personal data to look for. */
export function fileArgs(fx: HelpFixture, residentId: string, date: string, extra: Record<string, unknown> = {}) {
  return {
    requestId: randomUUID(), residentId, kindId: fx.kindId, date, fromTime: '09:00', toTime: '11:00',
    building: '3栋', address: '3栋2单元501室', phone: '13912345678', note: '电费卡在抽屉里', ...extra,
  };
}
