/**
 * Read functions for the help screens. IndexedDB only, so they answer the same offline, with
 * queued mutations applied; wrap them in useLiveQuery.
 */
import type { AppDb } from '../../data/db';
import type { SessionInfo } from '../../../shared/auth';
import type { HelpContact } from '../../../shared/help/help-contact';
import type { HelpRequest } from '../../../shared/help/help-request';
import type { Member } from '../../../shared/member';
import type { ServiceKind } from '../../../shared/help/service-kind';
import type { VisitSchedule } from '../../../shared/help/visit-schedule';
import { byWindow } from '../../../shared/help/help-hours';
import { pendingRowKeys } from '../../data/sync-queries';

/** A request with what the screens show beside it. */
export type HelpItem = HelpRequest & {
  kind: ServiceKind | undefined;
  /** Undefined for a volunteer who has not got it (yet). */
  contact: HelpContact | undefined;
  syncState: 'pending' | 'confirmed';
};

/** Everything the help screen needs, read at once. */
export interface HelpData {
  kinds: ServiceKind[];
  items: HelpItem[];
  /** Me and my household, for 为谁求助. */
  household: Member[];
  /** Volunteers of my communities, for staff dispatch. */
  volunteers: Member[];
  /** Residents this phone knows (staff: the whole community, phoneless ones too), for filing. */
  residents: Member[];
  /** Recurring visits (敲门行动): staff see their community's, a household its own. */
  visitSchedules: VisitSchedule[];
}

/** Where a person lives and how to reach them, as this phone last saw it: the form's defaults. */
export interface HelpPlace {
  building: string;
  address: string;
  phone: string;
}

/**
 * A person's address for a new request: from their latest request, else from their visit
 * schedule; null when this phone has never seen where they live.
 */
export function placeOf(data: Pick<HelpData, 'items' | 'visitSchedules'>, residentId: string): HelpPlace | null {
  const latest = data.items
    .filter((i) => i.contact?.residentId === residentId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (latest?.contact) return { building: latest.building, address: latest.contact.address, phone: latest.contact.phone };
  const visit = data.visitSchedules.find((s) => s.residentId === residentId);
  return visit ? { building: visit.building, address: visit.address, phone: visit.phone } : null;
}

/** The help screen's data for the logged-in user; every request this phone has is one they may see. */
export async function loadHelpData(db: AppDb, session: SessionInfo): Promise<HelpData> {
  const { communityIds, user } = session;
  const [kinds, requests, contacts, members, visitSchedules, pending] = await Promise.all([
    db.serviceKind.where('communityId').anyOf(communityIds).toArray(),
    db.helpRequest.where('communityId').anyOf(communityIds).toArray(),
    db.helpContact.toArray(),
    db.member.where('communityId').anyOf(communityIds).toArray(),
    db.visitSchedule.where('communityId').anyOf(communityIds).toArray(),
    pendingRowKeys(db),
  ]);
  const kindById = new Map(kinds.map((k) => [k.id, k]));
  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const items = requests.sort(byWindow).map((r) => ({
    ...r, kind: kindById.get(r.kindId), contact: contactById.get(r.id),
    syncState: pending.has(`helpRequest:${r.id}`) ? 'pending' as const : 'confirmed' as const,
  }));
  // me first: the form asks for myself unless I choose a household member
  const household = [user, ...members.filter((m) => m.id !== user.id && user.householdId !== null && m.householdId === user.householdId)];
  return {
    kinds: kinds.sort((a, b) => a.order - b.order),
    items,
    household,
    volunteers: members.filter((m) => m.role === 'volunteer').sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    residents: members.filter((m) => m.role === 'resident').sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    visitSchedules,
  };
}
