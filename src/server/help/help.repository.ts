import type { Kysely, Selectable, Transaction } from 'kysely';
import * as v from 'valibot';
import { serviceKindSchema, type ServiceKind } from '../../shared/help/service-kind';
import { helpRequestSchema, type HelpRequest } from '../../shared/help/help-request';
import { helpContactSchema, type HelpContact } from '../../shared/help/help-contact';
import { visitScheduleSchema, type VisitSchedule } from '../../shared/help/visit-schedule';
import type { Database } from '../db/schema';
import type { HelpContactTable, HelpRequestTable, ServiceKindTable, VisitScheduleTable } from './help.table';

type Db = Kysely<Database> | Transaction<Database>;

/** Maps a service_kinds row to the shared ServiceKind. */
export function toServiceKind(r: Selectable<ServiceKindTable>): ServiceKind {
  return v.parse(serviceKindSchema, {
    id: r.id, communityId: r.community_id, name: r.name, icon: r.icon, description: r.description,
    isVisit: r.is_visit === 1, active: r.active === 1, order: r.sort_order,
  });
}

/** Maps a help_requests row to the shared HelpRequest. */
export function toHelpRequest(r: Selectable<HelpRequestTable>): HelpRequest {
  return v.parse(helpRequestSchema, {
    id: r.id, communityId: r.community_id, kindId: r.kind_id, date: r.date, fromTime: r.from_time, toTime: r.to_time,
    building: r.building, status: r.status, assigneeId: r.assignee_id, assigneeName: r.assignee_name, minutes: r.minutes,
    hoursConfirmed: r.hours_confirmed === 1, thanked: r.thanked === 1, visitScheduleId: r.visit_schedule_id,
    createdAt: r.created_at, acceptedAt: r.accepted_at, startedAt: r.started_at, doneAt: r.done_at, closedAt: r.closed_at,
  });
}

/** Maps a help_contacts row to the shared HelpContact. */
export function toHelpContact(r: Selectable<HelpContactTable>): HelpContact {
  return v.parse(helpContactSchema, {
    id: r.id, communityId: r.community_id, residentId: r.resident_id, householdId: r.household_id,
    residentName: r.resident_name, address: r.address, phone: r.phone, note: r.note, volunteerNote: r.volunteer_note,
    filedById: r.filed_by_id,
  });
}

/** Loads service kinds by id. */
export async function findServiceKinds(db: Db, ids: readonly string[]): Promise<ServiceKind[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('service_kinds').selectAll().where('id', 'in', ids).execute()).map(toServiceKind);
}

/** Loads help requests by id. */
export async function findHelpRequests(db: Db, ids: readonly string[]): Promise<HelpRequest[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('help_requests').selectAll().where('id', 'in', ids).execute()).map(toHelpRequest);
}

/** Loads help contacts by id (a contact's id is its request's). */
export async function findHelpContacts(db: Db, ids: readonly string[]): Promise<HelpContact[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('help_contacts').selectAll().where('id', 'in', ids).execute()).map(toHelpContact);
}

/** Loads visit schedules by id, with the resident's name and household. */
export async function findVisitSchedules(db: Db, ids: readonly string[]): Promise<VisitSchedule[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('visit_schedules as s').innerJoin('users as u', 'u.id', 's.resident_id')
    .selectAll('s').select(['u.name as resident_name', 'u.household_id as household_id'])
    .where('s.id', 'in', ids).execute();
  return rows.map((r) => v.parse(visitScheduleSchema, {
    id: r.id, communityId: r.community_id, residentId: r.resident_id, householdId: r.household_id,
    residentName: r.resident_name, kindId: r.kind_id, weekday: r.weekday, fromTime: r.from_time, toTime: r.to_time,
    building: r.building, address: r.address, phone: r.phone, active: r.active === 1,
  }));
}

/** Active visit schedules of every community. */
export async function findActiveVisitScheduleIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('visit_schedules').select('id').where('active', '=', 1).orderBy('id').execute()).map((r) => r.id);
}

/** Inserts or replaces a service kind. */
export async function upsertServiceKind(db: Db, k: ServiceKind): Promise<void> {
  const values = {
    community_id: k.communityId, name: k.name, icon: k.icon, description: k.description,
    is_visit: k.isVisit ? 1 : 0, active: k.active ? 1 : 0, sort_order: k.order,
  };
  await db.insertInto('service_kinds').values({ id: k.id, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
}

/** Inserts or replaces a visit schedule. */
export async function upsertVisitSchedule(db: Db, s: VisitSchedule): Promise<void> {
  const values = {
    community_id: s.communityId, resident_id: s.residentId, kind_id: s.kindId, weekday: s.weekday,
    from_time: s.fromTime, to_time: s.toTime, building: s.building, address: s.address, phone: s.phone,
    active: s.active ? 1 : 0,
  };
  await db.insertInto('visit_schedules').values({ id: s.id, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
}

/** Inserts a request's two halves. */
export async function insertHelpRequest(db: Db, r: HelpRequest, c: HelpContact): Promise<void> {
  await db.insertInto('help_requests').values({ id: r.id, ...requestValues(r), created_at: r.createdAt }).execute();
  await db.insertInto('help_contacts').values({
    id: c.id, community_id: c.communityId, resident_id: c.residentId, household_id: c.householdId,
    resident_name: c.residentName, address: c.address, phone: c.phone, note: c.note, volunteer_note: c.volunteerNote,
    filed_by_id: c.filedById,
  }).execute();
}

function requestValues(r: HelpRequest) {
  return {
    community_id: r.communityId, kind_id: r.kindId, date: r.date, from_time: r.fromTime, to_time: r.toTime,
    building: r.building, status: r.status, assignee_id: r.assigneeId, assignee_name: r.assigneeName, minutes: r.minutes,
    hours_confirmed: r.hoursConfirmed ? 1 : 0, thanked: r.thanked ? 1 : 0, visit_schedule_id: r.visitScheduleId,
    accepted_at: r.acceptedAt, started_at: r.startedAt, done_at: r.doneAt, closed_at: r.closedAt,
  };
}

/** Writes a request's changed public half. */
export async function updateHelpRequest(db: Db, r: HelpRequest): Promise<void> {
  await db.updateTable('help_requests').set(requestValues(r)).where('id', '=', r.id).execute();
}

/** Sets the volunteer's note on a contact. */
export async function setVolunteerNote(db: Db, id: string, note: string): Promise<void> {
  await db.updateTable('help_contacts').set({ volunteer_note: note }).where('id', '=', id).execute();
}
