/** One service of a community's help list; is_visit and active are 0/1. */
export interface ServiceKindTable {
  id: string;
  community_id: string;
  name: string;
  icon: string;
  description: string;
  is_visit: number;
  active: number;
  sort_order: number;
}

/** The public half of a request for help (no personal data). */
export interface HelpRequestTable {
  id: string;
  community_id: string;
  kind_id: string;
  date: string;
  from_time: string;
  to_time: string;
  building: string;
  status: string;
  assignee_id: string | null;
  assignee_name: string | null;
  minutes: number | null;
  hours_confirmed: number;
  thanked: number;
  visit_schedule_id: string | null;
  created_at: string;
  accepted_at: string | null;
  started_at: string | null;
  done_at: string | null;
  closed_at: string | null;
}

/** The personal half of a request; id is the request's id. */
export interface HelpContactTable {
  id: string;
  community_id: string;
  resident_id: string;
  household_id: string | null;
  resident_name: string;
  address: string;
  phone: string;
  note: string;
  volunteer_note: string;
  filed_by_id: string;
}

/** A recurring visit to a resident (敲门行动). */
export interface VisitScheduleTable {
  id: string;
  community_id: string;
  resident_id: string;
  kind_id: string;
  weekday: number;
  from_time: string;
  to_time: string;
  building: string;
  address: string;
  phone: string;
  active: number;
}

declare module '../db/schema' {
  interface Database {
    service_kinds: ServiceKindTable;
    help_requests: HelpRequestTable;
    help_contacts: HelpContactTable;
    visit_schedules: VisitScheduleTable;
  }
}
