/** A 街道 (street office); its administrators see all its communities. */
export interface StreetOfficeTable {
  id: string;
  name: string;
}

/** A 社区 row. */
export interface CommunityTable {
  id: string;
  street_office_id: string;
  name: string;
}

/** A household: members of one act for each other (a daughter books for her mother). */
export interface HouseholdTable {
  id: string;
  community_id: string;
  name: string;
}
