/** Where a resident's meals are carried; disability and lives_alone are 0/1 facts staff verified. */
export interface DeliveryProfileTable {
  resident_id: string;
  building: string;
  floor: number;
  room: string;
  disability: number;
  lives_alone: number;
  updated_at: string;
}

declare module '../db/schema' {
  interface Database {
    delivery_profiles: DeliveryProfileTable;
  }
}
